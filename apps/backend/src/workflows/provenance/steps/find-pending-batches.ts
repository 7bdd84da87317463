import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findPendingBatches } from "../../../lib/batch-intake"

/** Batches a crash left pending, by the stock levels whose locks the caller holds or by age. */
export const findPendingBatchesStep = createStep(
  "find-pending-batches",
  async (scope: { levelKeys: string[] } | { olderThanSeconds: number }, { container }) =>
    new StepResponse(await findPendingBatches(container, scope)),
)
