import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  adjustInventoryLevelsStep,
  createInventoryLevelsStep,
} from "@medusajs/medusa/core-flows"
import { refreshProductQualityWorkflow } from "../../quality/workflows/refresh-product-quality"
import { createProductionBatchesStep } from "../steps/create-production-batches"
import {
  resolveBatchStockTargetsStep,
  type BatchStockTarget,
  type ProductionBatchInput,
} from "../steps/resolve-batch-stock-targets"

export type CreateProductionBatchesInput = { batches: ProductionBatchInput[] }

type StockChange = { inventory_item_id: string; location_id: string; quantity: number }

/** Sums the batches' quantities per inventory item and location. */
function stockChanges(targets: BatchStockTarget[], levelExists: boolean): StockChange[] {
  const changes = new Map<string, StockChange>()
  for (const target of targets.filter((target) => target.level_exists === levelExists)) {
    const key = `${target.inventory_item_id}:${target.location_id}`
    const change = changes.get(key) ?? {
      inventory_item_id: target.inventory_item_id,
      location_id: target.location_id,
      quantity: 0,
    }
    change.quantity += target.quantity
    changes.set(key, change)
  }
  return [...changes.values()]
}

/**
 * Records production batches and adds their quantities to the variant's stock at
 * the facility's location. If any step fails, the batches and the stock levels
 * created or adjusted so far are undone.
 */
export const createProductionBatchesWorkflow = createWorkflow(
  "create-production-batches",
  (input: CreateProductionBatchesInput) => {
    const targets = resolveBatchStockTargetsStep(input.batches)

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

    const newLevels = transform({ targets }, ({ targets }) =>
      stockChanges(targets, false).map((change) => ({
        inventory_item_id: change.inventory_item_id,
        location_id: change.location_id,
        stocked_quantity: change.quantity,
      })),
    )
    createInventoryLevelsStep(newLevels)

    const adjustments = transform({ targets }, ({ targets }) =>
      stockChanges(targets, true).map((change) => ({
        inventory_item_id: change.inventory_item_id,
        location_id: change.location_id,
        adjustment: change.quantity,
      })),
    )
    adjustInventoryLevelsStep(adjustments)

    const productIds = transform({ targets }, ({ targets }) => [
      ...new Set(targets.map((target) => target.product_id)),
    ])
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })

    return new WorkflowResponse(batches)
  },
)
