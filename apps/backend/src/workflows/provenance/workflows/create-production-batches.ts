import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { stockLevelLockKey, type StockIntake } from "../../../lib/batch-intake"
import { refreshProductQualityWorkflow } from "../../quality/workflows/refresh-product-quality"
import { addBatchStockStep } from "../steps/add-batch-stock"
import { createProductionBatchesStep } from "../steps/create-production-batches"
import { findPendingBatchesStep } from "../steps/find-pending-batches"
import { finishBatchIntakeStep } from "../steps/finish-batch-intake"
import { rollBackPendingBatchesStep } from "../steps/roll-back-pending-batches"
import {
  resolveBatchStockTargetsStep,
  type BatchStockTarget,
  type ProductionBatchInput,
} from "../steps/resolve-batch-stock-targets"

export type CreateProductionBatchesInput = { batches: ProductionBatchInput[] }

/** Sums the new batches' quantities per stock level. */
function stockIntakes(
  targets: BatchStockTarget[],
  batches: { id: string }[],
): StockIntake[] {
  const intakes = new Map<string, StockIntake>()
  targets.forEach((target, index) => {
    const key = stockLevelLockKey(target.inventory_item_id, target.location_id)
    const intake = intakes.get(key) ?? {
      inventory_item_id: target.inventory_item_id,
      location_id: target.location_id,
      quantity: 0,
      batch_ids: [],
    }
    intake.quantity += target.quantity
    intake.batch_ids.push(batches[index].id)
    intakes.set(key, intake)
  })
  return [...intakes.values()]
}

/**
 * Records production batches and adds their quantities to the variant's stock at
 * the facility's location. If any step fails, the batches and the stock levels
 * created or adjusted so far are undone; if the process dies on the way, the
 * batches stay `stock_pending` and are rolled back exactly, here under the
 * level's lock before the next intake or by the recovery job (lib/batch-intake).
 */
export const createProductionBatchesWorkflow = createWorkflow(
  "create-production-batches",
  (input: CreateProductionBatchesInput) => {
    const targets = resolveBatchStockTargetsStep(input.batches)

    const levelKeys = transform({ targets }, ({ targets }) => [
      ...new Set(
        targets.map((target) =>
          stockLevelLockKey(target.inventory_item_id, target.location_id),
        ),
      ),
    ])
    acquireLockStep({ key: levelKeys, timeout: 30, ttl: 120 })
    const interrupted = findPendingBatchesStep({ levelKeys })
    rollBackPendingBatchesStep(interrupted)

    const batchData = transform({ targets }, ({ targets }) =>
      targets.map((target) => ({
        workshop_id: target.workshop_id,
        variant_id: target.variant_id,
        product_id: target.product_id,
        quantity: target.quantity,
        produced_at: target.produced_at,
        best_before: target.best_before,
        expires_at: target.expires_at,
      })),
    )
    const batches = createProductionBatchesStep(batchData)
    const intakes = transform({ targets, batches }, ({ targets, batches }) =>
      stockIntakes(targets, batches),
    )
    addBatchStockStep(intakes)
    const batchIds = transform({ batches }, ({ batches }) =>
      batches.map((batch) => batch.id),
    )
    finishBatchIntakeStep(batchIds)
    releaseLockStep({ key: levelKeys })

    const productIds = transform({ targets }, ({ targets }) => [
      ...new Set(targets.map((target) => target.product_id)),
    ])
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })

    return new WorkflowResponse(batches)
  },
)
