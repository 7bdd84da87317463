import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkshopsWorkflow } from "../../../workflows/provenance/workflows/create-workshops"
import { retrieveOne } from "../utils/retrieve-one"
import { ADMIN_WORKSHOP_FIELDS } from "./query-config"
import type { AdminCreateWorkshopType, AdminListWorkshopsParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { facility_id, q, limit, offset } =
    req.validatedQuery as AdminListWorkshopsParamsType
  const { data: workshops, metadata } = await query.graph({
    entity: "workshop",
    fields: ADMIN_WORKSHOP_FIELDS,
    filters: {
      ...(q ? { q } : {}),
      ...(facility_id ? { facility_id } : {}),
    },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ workshops, count: metadata?.count ?? workshops.length, limit, offset })
}

export async function POST(
  req: MedusaRequest<AdminCreateWorkshopType>,
  res: MedusaResponse,
) {
  const { result } = await createWorkshopsWorkflow(req.scope).run({
    input: { workshops: [req.validatedBody] },
  })
  const workshop = await retrieveOne(
    req.scope,
    "workshop",
    "Workshop",
    result[0].id,
    ADMIN_WORKSHOP_FIELDS,
  )
  res.status(201).json({ workshop })
}
