import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceView } from "../../../../../lib/wholesale-views"
import { markInvoicePaidWorkflow } from "../../../../../workflows/wholesale/workflows/invoices"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await markInvoicePaidWorkflow(req.scope).run({
    input: { invoice_id: req.params.id, captured_by: req.auth_context.actor_id },
  })
  res.json({ invoice: invoiceView(result) })
}
