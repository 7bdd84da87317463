import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../../modules/provenance/service"
import { affectedOrdersOf } from "../../../../../workflows/quality/steps/recall-steps"
import { recallBatchWorkflow } from "../../../../../workflows/quality/workflows/recall-batch"
import type { AdminRecallBatchType } from "../../validators"

/** Recalls the batch and answers with the orders and buyers staff must contact. */
export async function POST(
  req: MedusaRequest<AdminRecallBatchType>,
  res: MedusaResponse,
) {
  const { result } = await recallBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json(result)
}

/** The orders and buyers that received the batch, to look up again after a recall. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const provenance: ProvenanceModuleService = req.scope.resolve(PROVENANCE_MODULE)
  const [batch] = await provenance.listProductionBatches({ id: req.params.id })
  if (!batch) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Production batch with id "${req.params.id}" was not found`,
    )
  }
  res.json({ batch, affected_orders: await affectedOrdersOf(req.scope, batch.id) })
}
