import { model } from "@medusajs/framework/utils"

/**
 * An inspection of a production batch against its standard's checklist. The
 * inspector is a staff user (their id), never a maker. Inspections are kept as
 * history; the latest one decides whether the batch may be sold.
 */
export const QcInspection = model.define("qc_inspection", {
  id: model.id({ prefix: "qci" }).primaryKey(),
  batch_id: model.text().index(),
  standard_code: model.text(),
  results: model.json(),
  passed: model.boolean(),
  inspector_id: model.text(),
  notes: model.text().nullable(),
  inspected_at: model.dateTime(),
})
