import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  BATCH_INTAKE_METADATA_KEY,
  intakeBatchIds,
  readStockLevel,
  writeStockLevel,
  type PendingBatch,
} from "../../../lib/batch-intake"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/**
 * Undoes batches a crash left pending: the stock a level received from one is
 * taken back (the level names it), and the batch is deleted. The caller holds
 * the levels' locks. A recovery with nothing after it to fail, so no compensation.
 */
export const rollBackPendingBatchesStep = createStep(
  "roll-back-pending-batches",
  async (batches: PendingBatch[], { container }) => {
    if (!batches.length) {
      return new StepResponse([] as string[])
    }
    const inventory = container.resolve(Modules.INVENTORY)
    for (const batch of batches) {
      const level = await readStockLevel(
        inventory,
        batch.inventory_item_id,
        batch.location_id,
      )
      const received = intakeBatchIds(level)
      if (level && received.includes(batch.id)) {
        await writeStockLevel(
          inventory,
          level,
          Number(level.stocked_quantity) - batch.quantity,
          {
            ...level.metadata,
            [BATCH_INTAKE_METADATA_KEY]: received.filter((id) => id !== batch.id),
          },
        )
      }
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const ids = batches.map((batch) => batch.id)
    await provenance.deleteProductionBatches(ids)
    return new StepResponse(ids)
  },
)
