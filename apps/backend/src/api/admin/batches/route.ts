import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductionBatchesWorkflow } from "../../../workflows/provenance/workflows/create-production-batches"
import { retrieveOne } from "../utils/retrieve-one"
import { ADMIN_BATCH_FIELDS } from "./query-config"
import type { AdminCreateBatchType, AdminListBatchesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, facility_id, ...filters } =
    req.validatedQuery as AdminListBatchesParamsType
  const { data: batches, metadata } = await query.graph({
    entity: "production_batch",
    fields: ADMIN_BATCH_FIELDS,
    filters: {
      ...Object.fromEntries(
        Object.entries(filters).filter(([, value]) => value !== undefined),
      ),
      ...(facility_id ? { workshop: { facility_id } } : {}),
    },
    pagination: { skip: offset, take: limit, order: { produced_at: "DESC", id: "DESC" } },
  })
  res.json({ batches, count: metadata?.count ?? batches.length, limit, offset })
}

export async function POST(
  req: MedusaRequest<AdminCreateBatchType>,
  res: MedusaResponse,
) {
  const { result } = await createProductionBatchesWorkflow(req.scope).run({
    input: { batches: [req.validatedBody] },
  })
  const batch = await retrieveOne(
    req.scope,
    "production_batch",
    "Production batch",
    result[0].id,
    ADMIN_BATCH_FIELDS,
  )
  res.status(201).json({ batch })
}
