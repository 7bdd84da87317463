import { model } from "@medusajs/framework/utils"

export const CERTIFICATE_TYPES = [
  "pirt",
  "bpom_md",
  "halal",
  "non_halal_declaration",
  "sni",
  "other",
] as const

/**
 * A certificate held by a product, a workshop or a facility (exactly one).
 * A declaration (non-halal) has no expiry; its reason is in `notes`.
 */
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    type: model.enum([...CERTIFICATE_TYPES]),
    number: model.text(),
    issuer: model.text(),
    valid_from: model.dateTime(),
    valid_until: model.dateTime().nullable(),
    document_url: model.text().nullable(),
    notes: model.text().nullable(),
    product_id: model.text().index().nullable(),
    workshop_id: model.text().index().nullable(),
    facility_id: model.text().index().nullable(),
  })
  .checks([
    {
      name: "certificate_has_one_holder",
      expression: (columns) =>
        `num_nonnulls(${columns.product_id}, ${columns.workshop_id}, ${columns.facility_id}) = 1`,
    },
    {
      name: "certificate_valid_until_after_valid_from",
      expression: (columns) =>
        `${columns.valid_until} is null or ${columns.valid_until} >= ${columns.valid_from}`,
    },
  ])
