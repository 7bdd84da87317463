import { model } from "@medusajs/framework/utils"

/**
 * What it costs to send goods from a facility's province to the buyer's, in
 * whole rupiah including PPN. Parcels pay the first kilogram and each started
 * kilogram after it; heavy workshop goods go by freight per kilogram with a
 * minimum billed weight.
 */
export const ShippingRate = model
  .define("shipping_rate", {
    id: model.id({ prefix: "shrate" }).primaryKey(),
    origin_province: model.text(),
    destination_province: model.text(),
    courier_first_kg: model.number(),
    courier_next_kg: model.number(),
    freight_per_kg: model.number(),
    eta_min_days: model.number(),
    eta_max_days: model.number(),
  })
  .indexes([{ on: ["origin_province", "destination_province"], unique: true }])
