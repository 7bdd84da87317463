import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/** One requested line; `unit_price` is set when staff answer. */
export const QuoteItem = model.define("quote_item", {
  id: model.id({ prefix: "quoitem" }).primaryKey(),
  variant_id: model.text(),
  product_id: model.text(),
  product_title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  quantity: model.number(),
  note: model.text().nullable(),
  unit_price: model.bigNumber().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "items" }),
})
