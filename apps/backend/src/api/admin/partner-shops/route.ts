import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_PARTNER_SHOP_FIELDS, partnerShopView } from "./partner-shop-view"
import type { AdminListPartnerShopsParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit, offset } = req.validatedQuery as AdminListPartnerShopsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "partner_shop",
    fields: ADMIN_PARTNER_SHOP_FIELDS,
    filters: q ? { q } : {},
    pagination: { skip: offset, take: limit, order: { business_name: "ASC" } },
  })
  res.json({
    partner_shops: data.map(partnerShopView),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
