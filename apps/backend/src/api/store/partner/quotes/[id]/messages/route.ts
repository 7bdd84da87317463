import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../../../lib/partner-shops"
import { retrieveQuoteView } from "../../../../../../lib/wholesale-views"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/wholesale/workflows/quotes"
import type { StoreQuoteMessageType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<StoreQuoteMessageType>,
  res: MedusaResponse,
) {
  const customerId = req.auth_context.actor_id
  const shop = await requireActivePartnerShop(req.scope, customerId)
  // 404 for another shop's quote before anything is written.
  await retrieveQuoteView(req.scope, req.params.id, shop.id)
  await addQuoteMessageWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      author: "partner",
      author_id: customerId,
      body: req.validatedBody.body,
    },
  })
  res
    .status(201)
    .json({ quote: await retrieveQuoteView(req.scope, req.params.id, shop.id) })
}
