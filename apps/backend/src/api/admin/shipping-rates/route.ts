import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_SHIPPING_RATE_FIELDS } from "./query-config"
import type { AdminListShippingRatesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, ...filters } =
    req.validatedQuery as AdminListShippingRatesParamsType
  const { data: shipping_rates, metadata } = await query.graph({
    entity: "shipping_rate",
    fields: ADMIN_SHIPPING_RATE_FIELDS,
    filters: Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined),
    ),
    pagination: {
      skip: offset,
      take: limit,
      order: { origin_province: "ASC", destination_province: "ASC" },
    },
  })
  res.json({
    shipping_rates,
    count: metadata?.count ?? shipping_rates.length,
    limit,
    offset,
  })
}
