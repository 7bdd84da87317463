import { model } from "@medusajs/framework/utils"
import { PartnerShop } from "./partner-shop"

export const APPLICATION_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A shop's request for a wholesale account, as it was sent. Staff approve it
 * (which creates the partner shop) or reject it with a reason the applicant
 * is told.
 */
export const PartnerApplication = model.define("partner_application", {
  id: model.id({ prefix: "ptapp" }).primaryKey(),
  business_name: model.text().searchable(),
  // Digits only, so punctuation never hides a duplicate.
  npwp: model.text().index(),
  contact_name: model.text(),
  email: model.text().index(),
  phone: model.text(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text().searchable(),
  province: model.text(),
  postal_code: model.text(),
  country_code: model.text(),
  expected_monthly_volume: model.number(),
  notes: model.text().nullable(),
  // The storefront account that applied, when the applicant was logged in.
  customer_id: model.text().nullable(),
  status: model.enum([...APPLICATION_STATUSES]).default("pending"),
  rejection_reason: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  reviewed_by: model.text().nullable(),
  partner_shop: model
    .belongsTo(() => PartnerShop, { mappedBy: "applications" })
    .nullable(),
})
