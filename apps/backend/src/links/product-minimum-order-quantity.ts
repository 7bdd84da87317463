import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WholesaleModule from "../modules/wholesale"

/** A product's minimum order quantity for partner shops, read through the product. */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...WholesaleModule.linkable.minimumOrderQuantity.id, primaryKey: "product_id" },
  { readOnly: true },
)
