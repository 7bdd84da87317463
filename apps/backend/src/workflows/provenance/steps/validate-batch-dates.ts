import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type BatchDatesChange = {
  id: string
  best_before?: Date | string | null
  expires_at?: Date | string | null
}

/** A batch cannot be best before, or expire, before it was produced. */
export const validateBatchDatesStep = createStep(
  "validate-batch-dates",
  async (change: BatchDatesChange, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [batch] = await provenance.listProductionBatches(
      { id: change.id },
      { select: ["id", "produced_at"] },
    )
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Production batch with id "${change.id}" was not found`,
      )
    }
    for (const field of ["best_before", "expires_at"] as const) {
      const value = change[field]
      if (value && new Date(value).getTime() < new Date(batch.produced_at).getTime()) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: must not be before produced_at`,
        )
      }
    }
  },
)
