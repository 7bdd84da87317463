import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/** Every product is made by one workshop; a workshop makes many products. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProvenanceModule.linkable.workshop,
)
