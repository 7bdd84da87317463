import { model } from "@medusajs/framework/utils"

/**
 * The last evaluation of a product against its standard, kept so product pages
 * and listings read it without re-evaluating. Refreshed by every workflow that
 * changes certificates, inspections, batches or the product, and by the daily
 * expiry watch. `unmet` lists why the standard is not met.
 */
export const ProductQuality = model.define("product_quality", {
  id: model.id({ prefix: "pqly" }).primaryKey(),
  product_id: model.text().unique(),
  standard_code: model.text().nullable(),
  standard_name: model.text().nullable(),
  standard_met: model.boolean(),
  unmet: model.json(),
  certificates: model.json(),
  last_inspection_at: model.dateTime().nullable(),
  last_inspection_passed: model.boolean().nullable(),
  evaluated_at: model.dateTime(),
})
