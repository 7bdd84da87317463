import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseRefundImpactWorkflow } from "../workflows/impact/workflows/reverse-refund-impact"

export default async function reverseRefundImpact({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseRefundImpactWorkflow(container).run({ input: { payment_id: data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
