import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  BATCH_INTAKE_METADATA_KEY,
  createStockLevel,
  readStockLevel,
  writeStockLevel,
  type StockIntake,
} from "../../../lib/batch-intake"

type Previous = {
  inventory_item_id: string
  location_id: string
  quantity: number
  created: boolean
  metadata: Record<string, unknown>
}

/**
 * Adds each intake's quantity to its stock level and names its batches in the
 * level's metadata, in one write per level (see lib/batch-intake). The caller
 * holds the levels' locks.
 */
export const addBatchStockStep = createStep(
  "add-batch-stock",
  async (intakes: StockIntake[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const previous: Previous[] = []
    for (const intake of intakes) {
      const level = await readStockLevel(
        inventory,
        intake.inventory_item_id,
        intake.location_id,
      )
      const marker = { [BATCH_INTAKE_METADATA_KEY]: intake.batch_ids }
      if (level) {
        await writeStockLevel(
          inventory,
          level,
          Number(level.stocked_quantity) + intake.quantity,
          { ...level.metadata, ...marker },
        )
      } else {
        await createStockLevel(inventory, intake, intake.quantity, marker)
      }
      previous.push({
        inventory_item_id: intake.inventory_item_id,
        location_id: intake.location_id,
        quantity: intake.quantity,
        created: !level,
        metadata: level?.metadata ?? {},
      })
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    for (const change of previous ?? []) {
      const level = await readStockLevel(
        inventory,
        change.inventory_item_id,
        change.location_id,
      )
      if (!level) {
        continue
      }
      if (change.created) {
        await inventory.deleteInventoryLevels([level.id])
      } else {
        await writeStockLevel(
          inventory,
          level,
          Number(level.stocked_quantity) - change.quantity,
          change.metadata,
        )
      }
    }
  },
)
