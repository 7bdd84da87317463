import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/**
 * A batch is a lot of one variant. The batch keeps the variant id itself (staff
 * filter by it), so the link is read-only: no link table, just a join for queries.
 */
export default defineLink(
  { linkable: ProvenanceModule.linkable.productionBatch, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true },
)
