import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QualityModule from "../modules/quality"

/** A product's stored quality summary (`product_quality`), read through the product. */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...QualityModule.linkable.productQuality.id, primaryKey: "product_id" },
  { readOnly: true },
)
