import { model } from "@medusajs/framework/utils"
import { Facility } from "./facility"
import { ProductionBatch } from "./production-batch"

/**
 * A workshop (bengkel kerja) at a facility. Makers appear only as the
 * aggregate maker_count: no name, number or face of any inmate is stored.
 */
export const Workshop = model.define("workshop", {
  id: model.id({ prefix: "wks" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  // Translatable: the Store API answers them in the buyer's language where translated.
  craft_type: model.text().translatable(),
  story: model.text().translatable().nullable(),
  photo_urls: model.array().default([]),
  maker_count: model.number().default(0),
  training_hours: model.number().default(0),
  // Units a week the workshop says it can make; quotes derive lead times from it.
  weekly_capacity: model.number().nullable(),
  facility: model.belongsTo(() => Facility, { mappedBy: "workshops" }),
  batches: model.hasMany(() => ProductionBatch, { mappedBy: "workshop" }),
})
