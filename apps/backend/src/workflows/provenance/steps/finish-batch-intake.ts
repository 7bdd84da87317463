import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/** Marks batches whose stock has been added; from here they are complete. */
export const finishBatchIntakeStep = createStep(
  "finish-batch-intake",
  async (ids: string[], { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.updateProductionBatches(
      ids.map((id) => ({ id, stock_pending: false })),
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.updateProductionBatches(
      ids.map((id) => ({ id, stock_pending: true })),
    )
  },
)
