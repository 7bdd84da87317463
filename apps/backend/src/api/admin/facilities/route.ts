import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFacilitiesWorkflow } from "../../../workflows/provenance/workflows/create-facilities"
import { retrieveOne } from "../utils/retrieve-one"
import { ADMIN_FACILITY_FIELDS } from "./query-config"
import type { AdminCreateFacilityType, AdminListFacilitiesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset } = req.validatedQuery as AdminListFacilitiesParamsType
  const { data: facilities, metadata } = await query.graph({
    entity: "facility",
    fields: ADMIN_FACILITY_FIELDS,
    filters: q ? { q } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ facilities, count: metadata?.count ?? facilities.length, limit, offset })
}

export async function POST(
  req: MedusaRequest<AdminCreateFacilityType>,
  res: MedusaResponse,
) {
  const { result } = await createFacilitiesWorkflow(req.scope).run({
    input: { facilities: [req.validatedBody] },
  })
  const facility = await retrieveOne(
    req.scope,
    "facility",
    "Facility",
    result[0].id,
    ADMIN_FACILITY_FIELDS,
  )
  res.status(201).json({ facility })
}
