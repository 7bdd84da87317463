import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { stockLevelLockKey, type PendingBatch } from "../../../lib/batch-intake"
import { findPendingBatchesStep } from "../steps/find-pending-batches"
import { rollBackPendingBatchesStep } from "../steps/roll-back-pending-batches"

export type RollBackPendingBatchesInput = { batches: PendingBatch[] }

/**
 * Rolls back batches a crash left pending (see lib/batch-intake). Takes their
 * stock levels' locks and looks again under them, so an intake that was only
 * slow, or was settled meanwhile, is left alone.
 */
export const rollBackPendingBatchesWorkflow = createWorkflow(
  "roll-back-pending-batches",
  (input: RollBackPendingBatchesInput) => {
    const levelKeys = transform({ input }, ({ input }) => [
      ...new Set(
        input.batches.map((batch) =>
          stockLevelLockKey(batch.inventory_item_id, batch.location_id),
        ),
      ),
    ])
    acquireLockStep({ key: levelKeys, timeout: 30, ttl: 120 })
    const pending = findPendingBatchesStep({ levelKeys })
    const rolledBack = rollBackPendingBatchesStep(pending)
    releaseLockStep({ key: levelKeys })
    return new WorkflowResponse(rolledBack)
  },
)
