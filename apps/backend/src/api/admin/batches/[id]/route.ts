import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductionBatchWorkflow } from "../../../../workflows/provenance/workflows/update-production-batch"
import { retrieveOne } from "../../utils/retrieve-one"
import { ADMIN_BATCH_FIELDS } from "../query-config"
import type { AdminUpdateBatchType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const batch = await retrieveOne(
    req.scope,
    "production_batch",
    "Production batch",
    req.params.id,
    ADMIN_BATCH_FIELDS,
  )
  res.json({ batch })
}

/** Status and dates can change; the quantity cannot, its stock is already counted. */
export async function POST(
  req: MedusaRequest<AdminUpdateBatchType>,
  res: MedusaResponse,
) {
  await updateProductionBatchWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  const batch = await retrieveOne(
    req.scope,
    "production_batch",
    "Production batch",
    req.params.id,
    ADMIN_BATCH_FIELDS,
  )
  res.json({ batch })
}
