import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../../../lib/partner-shops"
import { retrieveQuoteView } from "../../../../../../lib/wholesale-views"
import { rejectQuoteWorkflow } from "../../../../../../workflows/wholesale/workflows/quotes"
import type { StoreRejectQuoteType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<StoreRejectQuoteType>,
  res: MedusaResponse,
) {
  const shop = await requireActivePartnerShop(req.scope, req.auth_context.actor_id)
  await retrieveQuoteView(req.scope, req.params.id, shop.id)
  await rejectQuoteWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      partner_shop_id: shop.id,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ quote: await retrieveQuoteView(req.scope, req.params.id, shop.id) })
}
