import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type BatchChange = {
  id: string
  status?: string
  best_before?: Date | string | null
  expires_at?: Date | string | null
}

/** Recalled and expired batches stay off sale for good. */
const FINAL_STATUSES = new Set(["recalled", "expired"])

/**
 * A batch cannot be best before, or expire, before it was produced, and a
 * recalled or expired batch cannot be put back on sale.
 */
export const validateBatchChangeStep = createStep(
  "validate-batch-change",
  async (change: BatchChange, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [batch] = await provenance.listProductionBatches(
      { id: change.id },
      { select: ["id", "produced_at", "status", "product_id"] },
    )
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Production batch with id "${change.id}" was not found`,
      )
    }
    if (change.status && FINAL_STATUSES.has(batch.status)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `status: the batch is ${batch.status} and cannot change status`,
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
    return new StepResponse({ product_id: batch.product_id })
  },
)
