import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createOrderInvoiceWorkflow } from "../workflows/wholesale/workflows/invoices"

/** A partner buyer's order gets its invoice (tax data, and due date when paid by invoice). */
export default async function createOrderInvoice({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await createOrderInvoiceWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
