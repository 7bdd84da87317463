import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"
import { serveProductList } from "./serve-product-list"

/**
 * Store routes only return fields on their allow list; these let a product
 * response say which workshop and facility made it, what share of its price the
 * facility pays into the makers' premi, and how it stands against its quality
 * standard, and nothing more of them.
 */
// No bare "workshop" or "workshop.facility": those would also allow "workshop.*".
const PUBLIC_PROVENANCE_FIELDS = [
  "workshop.handle",
  "workshop.name",
  "workshop.craft_type",
  "workshop.maker_count",
  "workshop.facility.handle",
  "workshop.facility.name",
  "workshop.facility.city",
  "workshop.facility.province",
  // A facility-wide setting, not a figure about anyone: the buyer's "what goes to the makers".
  "workshop.facility.makers_share_bps",
  "product_quality.standard_name",
  "product_quality.standard_met",
  "product_quality.certificates",
  "product_quality.last_inspection_at",
  "product_quality.last_inspection_passed",
]

// Without a `methods` filter, so they run before the core route's own query validation.
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products",
    middlewares: [allowFields(PUBLIC_PROVENANCE_FIELDS), serveProductList],
  },
  {
    matcher: "/store/products/:id",
    middlewares: [allowFields(PUBLIC_PROVENANCE_FIELDS)],
  },
]
