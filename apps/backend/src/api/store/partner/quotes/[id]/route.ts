import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../../lib/partner-shops"
import { retrieveQuoteView } from "../../../../../lib/wholesale-views"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = await requireActivePartnerShop(req.scope, req.auth_context.actor_id)
  res.json({ quote: await retrieveQuoteView(req.scope, req.params.id, shop.id) })
}
