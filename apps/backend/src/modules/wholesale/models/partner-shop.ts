import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"
import { PartnerApplication } from "./partner-application"
import { Quote } from "./quote"

export const PARTNER_SHOP_STATUSES = ["active", "suspended"] as const

/**
 * An approved wholesale buyer (toko mitra). Its buyer accounts and its
 * customer group (which carries the partner prices) are links to Medusa's
 * customer module.
 */
export const PartnerShop = model.define("partner_shop", {
  id: model.id({ prefix: "ptshop" }).primaryKey(),
  business_name: model.text().searchable(),
  npwp: model.text().unique(),
  contact_name: model.text(),
  email: model.text().searchable(),
  phone: model.text(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  province: model.text(),
  postal_code: model.text(),
  country_code: model.text(),
  // Days between an order paid by invoice and its due date.
  payment_terms_days: model.number().default(30),
  status: model.enum([...PARTNER_SHOP_STATUSES]).default("active"),
  applications: model.hasMany(() => PartnerApplication, { mappedBy: "partner_shop" }),
  quotes: model.hasMany(() => Quote, { mappedBy: "partner_shop" }),
  invoices: model.hasMany(() => Invoice, { mappedBy: "partner_shop" }),
})
