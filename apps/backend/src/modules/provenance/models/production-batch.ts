import { model } from "@medusajs/framework/utils"
import { Workshop } from "./workshop"

export const BATCH_STATUSES = ["active", "on_hold", "recalled", "expired"] as const

/**
 * A lot of one product variant made by one workshop. The public code is printed
 * as a QR label; it is random, so batch pages cannot be enumerated. The variant
 * and product are plain ids (read-only links join them) so staff can filter by them.
 */
export const ProductionBatch = model
  .define("production_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    code: model.text().unique(),
    variant_id: model.text().index(),
    product_id: model.text().index(),
    quantity: model.number(),
    produced_at: model.dateTime(),
    best_before: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    status: model.enum([...BATCH_STATUSES]).default("active"),
    recalled_at: model.dateTime().nullable(),
    recall_reason: model.text().nullable(),
    /**
     * True from the moment the batch is recorded until its quantity is in stock;
     * a batch left so by a crash is rolled back (see lib/batch-intake).
     */
    stock_pending: model.boolean().default(false),
    workshop: model.belongsTo(() => Workshop, { mappedBy: "batches" }),
  })
  .checks([
    {
      name: "production_batch_quantity_positive",
      expression: (columns) => `${columns.quantity} > 0`,
    },
  ])
