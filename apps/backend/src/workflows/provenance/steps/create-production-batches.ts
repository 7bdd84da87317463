import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { generateBatchCode } from "../../../modules/provenance/batch-code"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type ProductionBatchData = {
  workshop_id: string
  variant_id: string
  product_id: string
  quantity: number
  produced_at: Date | string
  best_before?: Date | string | null
  expires_at?: Date | string | null
}

export const createProductionBatchesStep = createStep(
  "create-production-batches",
  async (data: ProductionBatchData[], { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const batches = await provenance.createProductionBatches(
      data.map(({ workshop_id, produced_at, best_before, expires_at, ...batch }) => ({
        ...batch,
        code: generateBatchCode(),
        stock_pending: true,
        workshop: workshop_id,
        produced_at: new Date(produced_at),
        best_before: best_before ? new Date(best_before) : null,
        expires_at: expires_at ? new Date(expires_at) : null,
      })),
    )
    return new StepResponse(
      batches,
      batches.map((batch) => batch.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.deleteProductionBatches(ids)
  },
)
