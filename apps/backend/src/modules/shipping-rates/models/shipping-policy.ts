import { model } from "@medusajs/framework/utils"

/**
 * The rules around the rate table, one row for the whole shop: from which
 * item subtotal per shipment parcels travel free, from which weight an item
 * is heavy (freight or pickup only), and the smallest weight freight bills.
 */
export const ShippingPolicy = model.define("shipping_policy", {
  id: model.id({ prefix: "shpol" }).primaryKey(),
  free_shipping_threshold: model.number(),
  heavy_item_weight_grams: model.number(),
  freight_minimum_kg: model.number(),
})
