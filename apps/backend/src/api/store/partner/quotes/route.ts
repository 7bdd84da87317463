import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../lib/partner-shops"
import {
  QUOTE_RELATIONS,
  quoteView,
  retrieveQuoteView,
} from "../../../../lib/wholesale-views"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { requestQuoteWorkflow } from "../../../../workflows/wholesale/workflows/quotes"
import type { StoreCreateQuoteType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = await requireActivePartnerShop(req.scope, req.auth_context.actor_id)
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const quotes = await wholesale.listQuotes(
    { partner_shop_id: shop.id },
    {
      relations: QUOTE_RELATIONS.filter((relation) => relation !== "messages"),
      order: { created_at: "DESC" },
      take: 100,
    },
  )
  res.json({ quotes: quotes.map((quote) => quoteView({ ...quote, messages: [] })) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreateQuoteType>,
  res: MedusaResponse,
) {
  const customerId = req.auth_context.actor_id
  const shop = await requireActivePartnerShop(req.scope, customerId)
  const { result } = await requestQuoteWorkflow(req.scope).run({
    input: {
      partner_shop_id: shop.id,
      business_name: shop.business_name,
      customer_id: customerId,
      notes: req.validatedBody.notes,
      items: req.validatedBody.items,
    },
  })
  res.status(201).json({ quote: await retrieveQuoteView(req.scope, result.id, shop.id) })
}
