import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseCanceledOrderImpactWorkflow } from "../workflows/impact/workflows/reverse-canceled-order-impact"

export default async function reverseCanceledOrderImpact({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseCanceledOrderImpactWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
