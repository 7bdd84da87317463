/**
 * Putting a production batch's quantity into stock spans two modules: the batch
 * is ours, the stock level Medusa's inventory. To survive a crash between the
 * two writes, a batch is recorded as `stock_pending`, its quantity is added to
 * the level together with the batch's id in the level's metadata (one update),
 * and only then is the batch marked done. Batch intakes of one level hold its
 * lock, so a level names the last batches that reached it, and a pending batch
 * is settled exactly: its stock is taken back if the level names it, and the
 * batch is deleted, as if the request that never answered had not been made.
 */
import type {
  CreateInventoryLevelInput,
  IInventoryService,
  MedusaContainer,
  UpdateInventoryLevelInput,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Metadata of a stock level: the ids of the batches whose stock it last received. */
export const BATCH_INTAKE_METADATA_KEY = "batch_intake"

export const stockLevelLockKey = (inventoryItemId: string, locationId: string) =>
  `batch-stock:${inventoryItemId}:${locationId}`

export type StockIntake = {
  inventory_item_id: string
  location_id: string
  quantity: number
  batch_ids: string[]
}

export type PendingBatch = {
  id: string
  quantity: number
  inventory_item_id: string
  location_id: string
}

type LevelRow = {
  id: string
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  metadata: Record<string, unknown> | null
}

export async function readStockLevel(
  inventory: IInventoryService,
  inventoryItemId: string,
  locationId: string,
): Promise<LevelRow | undefined> {
  const [level] = await inventory.listInventoryLevels(
    { inventory_item_id: inventoryItemId, location_id: locationId },
    {
      select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "metadata"],
    },
  )
  return level as LevelRow | undefined
}

/**
 * Sets a level's stocked quantity and metadata in one update. Medusa's update
 * type leaves metadata out, but the level model has it and the update writes it.
 */
export async function writeStockLevel(
  inventory: IInventoryService,
  level: Pick<LevelRow, "inventory_item_id" | "location_id">,
  stocked: number,
  metadata: Record<string, unknown>,
): Promise<void> {
  await inventory.updateInventoryLevels([
    {
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_quantity: stocked,
      metadata,
    } as UpdateInventoryLevelInput,
  ])
}

/** Creates a level with its first stock; metadata as in writeStockLevel. */
export async function createStockLevel(
  inventory: IInventoryService,
  level: Pick<LevelRow, "inventory_item_id" | "location_id">,
  stocked: number,
  metadata: Record<string, unknown>,
): Promise<void> {
  await inventory.createInventoryLevels([
    {
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_quantity: stocked,
      metadata,
    } as CreateInventoryLevelInput,
  ])
}

export function intakeBatchIds(level: Pick<LevelRow, "metadata"> | undefined): string[] {
  const ids = level?.metadata?.[BATCH_INTAKE_METADATA_KEY]
  return Array.isArray(ids) ? ids.map(String) : []
}

/**
 * Pending batches with the level their stock goes to: those older than
 * `olderThanSeconds`, or those of the given levels whatever their age (the
 * caller holds those levels' locks, so nothing is working on them).
 */
export async function findPendingBatches(
  container: MedusaContainer,
  scope: { olderThanSeconds: number } | { levelKeys: string[] },
): Promise<PendingBatch[]> {
  const cutoff =
    "olderThanSeconds" in scope
      ? new Date(Date.now() - scope.olderThanSeconds * 1000)
      : new Date()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: candidates } = await query.graph({
    entity: "production_batch",
    fields: ["id", "quantity", "variant_id", "workshop.facility.stock_location.id"],
    filters: { stock_pending: true, created_at: { $lte: cutoff } },
    pagination: { take: 100, order: { created_at: "ASC" } },
  })
  if (!candidates.length) {
    return []
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: [...new Set(candidates.map((batch) => batch.variant_id))] },
  })
  const itemOf = new Map(
    variants.map((variant) => [
      variant.id,
      variant.inventory_items?.[0]?.inventory_item_id as string | undefined,
    ]),
  )
  const wanted = "levelKeys" in scope ? new Set(scope.levelKeys) : undefined
  return candidates.flatMap((batch) => {
    const location_id = batch.workshop?.facility?.stock_location?.id
    const inventory_item_id = itemOf.get(batch.variant_id)
    if (!location_id || !inventory_item_id) {
      return []
    }
    if (wanted && !wanted.has(stockLevelLockKey(inventory_item_id, location_id))) {
      return []
    }
    return [
      { id: batch.id, quantity: Number(batch.quantity), inventory_item_id, location_id },
    ]
  })
}
