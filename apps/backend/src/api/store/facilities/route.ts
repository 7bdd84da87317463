import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_FACILITY_FIELDS } from "./query-config"
import type { StoreListFacilitiesParamsType } from "./validators"

export async function GET(
  req: MedusaRequest<unknown, StoreListFacilitiesParamsType>,
  res: MedusaResponse,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery as StoreListFacilitiesParamsType
  const { data: facilities, metadata } = await query.graph(
    {
      entity: "facility",
      fields: PUBLIC_FACILITY_FIELDS,
      pagination: { skip: offset, take: limit, order: { name: "ASC" } },
    },
    { locale: req.locale },
  )
  res.json({ facilities, count: metadata?.count ?? facilities.length, limit, offset })
}
