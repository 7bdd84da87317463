import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerPricePage } from "../../../../lib/partner-prices"
import { requireActivePartnerShop } from "../../../../lib/partner-shops"
import type { StorePartnerPricesParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = await requireActivePartnerShop(req.scope, req.auth_context.actor_id)
  const { q, limit, offset } = req.validatedQuery as StorePartnerPricesParamsType
  const currency_code = "idr"
  const { products, count } = await partnerPricePage(req.scope, {
    customer_group_id: shop.customer_group?.id ?? null,
    currency_code,
    q,
    limit,
    offset,
  })
  res.json({ currency_code, count, limit, offset, products })
}
