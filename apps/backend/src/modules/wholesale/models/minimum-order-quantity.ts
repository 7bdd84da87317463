import { model } from "@medusajs/framework/utils"

/** The fewest units of a product a partner shop may order at once. */
export const MinimumOrderQuantity = model
  .define("minimum_order_quantity", {
    id: model.id({ prefix: "moq" }).primaryKey(),
    product_id: model.text().unique(),
    quantity: model.number(),
  })
  .checks([
    {
      name: "minimum_order_quantity_positive",
      expression: (columns) => `${columns.quantity} >= 1`,
    },
  ])
