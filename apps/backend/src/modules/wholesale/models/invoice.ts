import { model } from "@medusajs/framework/utils"
import { PartnerShop } from "./partner-shop"

export const INVOICE_STATUSES = ["unpaid", "paid", "canceled"] as const

/**
 * The invoice of a partner shop's order, with the tax data (business name,
 * NPWP, address) as they were when it was issued. `due_at` is set for orders
 * paid by invoice and null for orders paid up front.
 */
export const Invoice = model.define("invoice", {
  id: model.id({ prefix: "inv" }).primaryKey(),
  number: model.text().unique(),
  order_id: model.text().unique(),
  order_display_id: model.number(),
  amount: model.bigNumber(),
  currency_code: model.text(),
  terms_days: model.number().nullable(),
  issued_at: model.dateTime(),
  due_at: model.dateTime().nullable(),
  status: model.enum([...INVOICE_STATUSES]).default("unpaid"),
  paid_at: model.dateTime().nullable(),
  business_name: model.text(),
  npwp: model.text(),
  address_1: model.text(),
  city: model.text(),
  province: model.text(),
  postal_code: model.text(),
  partner_shop: model.belongsTo(() => PartnerShop, { mappedBy: "invoices" }),
})
