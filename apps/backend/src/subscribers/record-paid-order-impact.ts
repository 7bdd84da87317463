import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderImpactWorkflow } from "../workflows/impact/workflows/record-order-impact"

/** A captured payment makes its order's lines count on the impact ledger. */
export default async function recordPaidOrderImpact({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: data.id },
  })
  const orderId = (payments[0] as { payment_collection?: { order?: { id: string } } })
    ?.payment_collection?.order?.id
  if (orderId) {
    await recordOrderImpactWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured" }
