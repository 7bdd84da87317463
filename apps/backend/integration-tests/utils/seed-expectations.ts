import {
  PRODUCT_CERTIFICATES,
  workshopOf,
  type ProductSeed,
} from "../../src/scripts/seed-data"

/** What the demo catalog's listings should show of a seeded product. */
export const priceOf = (product: ProductSeed) =>
  Math.min(...product.variants.map((variant) => variant.price))

export const certificationsOf = (product: ProductSeed): string[] =>
  [...new Set((PRODUCT_CERTIFICATES[product.handle] ?? []).map((c) => c.type))].sort()

export const facilityOf = (product: ProductSeed) => workshopOf(product).facility

export const handlesOf = (items: { handle: string }[]) =>
  items.map((item) => item.handle).sort()
