import { model } from "@medusajs/framework/utils"
import { PartnerShop } from "./partner-shop"
import { QuoteItem } from "./quote-item"
import { QuoteMessage } from "./quote-message"

export const QUOTE_STATUSES = ["requested", "answered", "accepted", "rejected"] as const

/**
 * A partner's request for a price on made-to-order goods (custom sizes, bulk
 * hampers). Staff answer with unit prices and a lead time; the partner accepts
 * it, which places an order paid by invoice, or rejects it.
 */
export const Quote = model.define("quote", {
  id: model.id({ prefix: "quo" }).primaryKey(),
  customer_id: model.text().index(),
  status: model.enum([...QUOTE_STATUSES]).default("requested"),
  notes: model.text().nullable(),
  lead_time_days: model.number().nullable(),
  valid_until: model.dateTime().nullable(),
  answered_at: model.dateTime().nullable(),
  decided_at: model.dateTime().nullable(),
  rejection_reason: model.text().nullable(),
  order_id: model.text().nullable(),
  currency_code: model.text().default("idr"),
  partner_shop: model.belongsTo(() => PartnerShop, { mappedBy: "quotes" }),
  items: model.hasMany(() => QuoteItem, { mappedBy: "quote" }),
  messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
})
