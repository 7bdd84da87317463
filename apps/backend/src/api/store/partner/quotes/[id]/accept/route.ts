import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../../../lib/partner-shops"
import { invoiceView, retrieveQuoteView } from "../../../../../../lib/wholesale-views"
import { acceptQuoteWorkflow } from "../../../../../../workflows/wholesale/workflows/quotes"

/** Accepting an answered quote places its order, paid by invoice on the shop's terms. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const shop = await requireActivePartnerShop(req.scope, customerId)
  await retrieveQuoteView(req.scope, req.params.id, shop.id)
  const { result } = await acceptQuoteWorkflow(req.scope).run({
    input: { quote_id: req.params.id, shop, customer_id: customerId },
  })
  res.json({
    quote: await retrieveQuoteView(req.scope, req.params.id, shop.id),
    order_id: result.order_id,
    invoice: invoiceView(result.invoice),
  })
}
