import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_WORKSHOP_FIELDS } from "./query-config"
import type { StoreListWorkshopsParamsType } from "./validators"

export async function GET(
  req: MedusaRequest<unknown, StoreListWorkshopsParamsType>,
  res: MedusaResponse,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { facility, limit, offset } = req.validatedQuery as StoreListWorkshopsParamsType
  const { data: workshops, metadata } = await query.graph(
    {
      entity: "workshop",
      fields: PUBLIC_WORKSHOP_FIELDS,
      filters: facility ? { facility: { handle: facility } } : {},
      pagination: { skip: offset, take: limit, order: { name: "ASC" } },
    },
    { locale: req.locale },
  )
  res.json({ workshops, count: metadata?.count ?? workshops.length, limit, offset })
}
