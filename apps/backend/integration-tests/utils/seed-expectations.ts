import { DEFAULT_POLICY } from "../../src/modules/shipping-rates/quote"
import {
  DEMO_QUALITY_EXCEPTIONS,
  EXPIRING_SOON_HANDLE,
  PRODUCT_CERTIFICATES,
  PRODUCTS,
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

const EXCLUDED_SKUS = new Set<string>(Object.values(DEMO_QUALITY_EXCEPTIONS))

/** A product with plenty of ordinary stock, from a facility, light or heavy. */
export function pickSeedProduct(
  facility: string,
  heavy: boolean,
  skip: string[] = [],
): ProductSeed {
  const found = PRODUCTS.find(
    (product) =>
      product.facility === facility &&
      !skip.includes(product.handle) &&
      product.handle !== EXPIRING_SOON_HANDLE &&
      product.weight >= DEFAULT_POLICY.heavy_item_weight_grams === heavy &&
      // Furniture is made a few pieces at a time.
      product.variants[0].stock >= (heavy ? 2 : 10) &&
      !product.variants.some((variant) => EXCLUDED_SKUS.has(variant.sku)),
  )
  if (!found) {
    throw new Error(`No ${heavy ? "heavy" : "light"} product at ${facility}`)
  }
  return found
}
