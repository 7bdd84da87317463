import { rowChangeEvents } from "./module-events"

/**
 * Which of the storefront's cached catalog reads an event makes stale. The storefront
 * caches its Store API reads under these tags (`CACHE_TAGS` in
 * apps/storefront/src/lib/data/store-api.ts) and answers 400 to a tag it does not know,
 * so the two lists have to agree.
 *
 * Besides the events Medusa's workflows emit (`product.updated`), every module service
 * emits one per changed row, named `<module>.<model>.<action>`: that is how changes to our
 * own facilities, workshops, batches, quality summaries and impact ledger, to stock
 * (reservations made by a checkout) and to price lists become visible here, without
 * events of our own.
 */

export const STOREFRONT_CACHE_TAGS = [
  "regions",
  "products",
  "categories",
  "collections",
  "payment-providers",
  "facilities",
  "workshops",
  "impact",
  "search",
] as const

export type StorefrontCacheTag = (typeof STOREFRONT_CACHE_TAGS)[number]

const RULES: { events: string[]; tags: StorefrontCacheTag[] }[] = [
  // Workshop pages list their published products, and the impact figures count the
  // workshops with goods on sale.
  { events: rowChangeEvents("product"), tags: ["products", "workshops", "impact"] },
  { events: rowChangeEvents("product-variant"), tags: ["products"] },
  { events: rowChangeEvents("product-category"), tags: ["categories", "products"] },
  { events: rowChangeEvents("product-collection"), tags: ["collections", "products"] },
  // Stock shown on product pages. A checkout reserves through the inventory module
  // directly, so only its module events announce the reservation.
  {
    events: rowChangeEvents(
      "inventory-level",
      "inventory.inventory-level",
      "reservation-item",
      "inventory.reservation-item",
    ),
    tags: ["products"],
  },
  // Medusa's price-list workflows emit nothing of their own; the pricing module does.
  {
    events: rowChangeEvents(
      "pricing.price-list",
      "pricing.price-list-rule",
      "pricing.price",
      "pricing.price-rule",
    ),
    tags: ["products"],
  },
  // Payment providers are offered per region.
  { events: rowChangeEvents("region"), tags: ["regions", "payment-providers"] },
  // Facility and workshop names, cities and stories appear on each other's pages, on
  // product pages and in the impact figures; so does which workshop makes a product.
  {
    events: [
      ...rowChangeEvents("provenance.facility", "provenance.workshop"),
      "LinkProductProductProvenanceWorkshop.attached",
      "LinkProductProductProvenanceWorkshop.detached",
    ],
    tags: ["facilities", "workshops", "products", "impact"],
  },
  { events: rowChangeEvents("provenance.production-batch"), tags: ["products"] },
  // A translation (Medusa's Translation Module) may be of a product, a category, a
  // workshop or a facility; its event does not say which.
  {
    events: rowChangeEvents("translation"),
    tags: ["products", "categories", "facilities", "workshops"],
  },
  // Every quality change (inspection, certificate, standard, recall, expiry) ends in a
  // re-judged product_quality summary, the part product pages show.
  { events: rowChangeEvents("quality.product-quality"), tags: ["products"] },
  // The ledger entries are written by subscribers of the same payment and order events,
  // so only their own event guarantees the figures are re-read after the write.
  {
    events: [
      ...rowChangeEvents("impact.impact-entry"),
      "payment.captured",
      "payment.refunded",
      "order.canceled",
    ],
    tags: ["impact"],
  },
]

// Search results show the same product facts as product pages.
const withSearch = (tags: StorefrontCacheTag[]): StorefrontCacheTag[] =>
  tags.includes("products") ? [...tags, "search"] : tags

const TAGS_BY_EVENT = new Map<string, StorefrontCacheTag[]>()
for (const { events, tags: ruleTags } of RULES) {
  const tags = withSearch(ruleTags)
  for (const event of events) {
    TAGS_BY_EVENT.set(event, [...new Set([...(TAGS_BY_EVENT.get(event) ?? []), ...tags])])
  }
}

/** Every event that makes some cached storefront read stale. */
export const REVALIDATING_EVENTS: string[] = [...TAGS_BY_EVENT.keys()]

/** The storefront cache tags an event makes stale; none for an event the catalog ignores. */
export function tagsForEvent(eventName: string): StorefrontCacheTag[] {
  return TAGS_BY_EVENT.get(eventName) ?? []
}
