import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  markPaymentCollectionAsPaid,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createInvoiceStep,
  markInvoicePaidStep,
  planInvoiceSettlementStep,
  planOrderInvoiceStep,
} from "../steps/invoice-steps"

/** Issues the invoice of a partner buyer's order (once; other orders get none). */
export const createOrderInvoiceWorkflow = createWorkflow(
  "create-order-invoice",
  (input: { order_id: string }) => {
    const plan = planOrderInvoiceStep(input)
    const invoice = when({ plan }, ({ plan }) => Boolean(plan)).then(() => {
      const issue = transform({ plan }, ({ plan }) => plan!)
      return createInvoiceStep(issue)
    })
    const result = transform({ invoice }, ({ invoice }) => invoice ?? null)
    return new WorkflowResponse(result)
  },
)

/**
 * Records that an invoice was paid: captures the order's authorized invoice
 * payment (or, for an accepted quote, marks its payment collection paid), which
 * also books the makers' share in the impact ledger.
 */
export const markInvoicePaidWorkflow = createWorkflow(
  "mark-invoice-paid",
  (input: { invoice_id: string; captured_by?: string }) => {
    // Held while settling, so a double click captures once.
    acquireLockStep({ key: input.invoice_id, timeout: 15, ttl: 120 })
    const plan = planInvoiceSettlementStep(input)
    when({ plan }, ({ plan }) => Boolean(plan.payment_id)).then(() => {
      const capture = transform({ plan, input }, ({ plan, input }) => ({
        payment_id: plan.payment_id!,
        captured_by: input.captured_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })
    when({ plan }, ({ plan }) => Boolean(plan.payment_collection_id)).then(() => {
      const collection = transform({ plan, input }, ({ plan, input }) => ({
        payment_collection_id: plan.payment_collection_id!,
        order_id: plan.order_id,
        captured_by: input.captured_by,
      }))
      markPaymentCollectionAsPaid.runAsStep({ input: collection })
    })
    const invoice = markInvoicePaidStep(input)
    releaseLockStep({ key: input.invoice_id })
    return new WorkflowResponse(invoice)
  },
)
