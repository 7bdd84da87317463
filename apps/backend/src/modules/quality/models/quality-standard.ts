import { model } from "@medusajs/framework/utils"

export const PRODUCT_TYPES = ["food", "craft", "workshop_good"] as const

/**
 * What must hold before goods of one type are sold: certificate requirements
 * (each met by any one of its certificate types), product facts that must be on
 * the label, and the checklist a batch is inspected against. A standard governs
 * the products in its categories.
 */
export const QualityStandard = model.define("quality_standard", {
  id: model.id({ prefix: "qstd" }).primaryKey(),
  code: model.text().unique(),
  name: model.text(),
  product_type: model.enum([...PRODUCT_TYPES]),
  category_handles: model.array().default([]),
  certificate_requirements: model.json().default({ requirements: [] }),
  label_fields: model.array().default([]),
  checklist: model.json().default({ items: [] }),
  requires_inspection: model.boolean().default(true),
})
