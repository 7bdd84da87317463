import type { HttpTypes } from "@medusajs/types"

type Variant = HttpTypes.StoreProductVariant

/** The price the public pays for a variant: with tax when Medusa calculated it, else as stored. */
export function variantPrice(variant: Variant): number | null {
  const price = variant.calculated_price
  if (!price) {
    return null
  }
  return price.calculated_amount_with_tax ?? price.calculated_amount ?? null
}

/** The lowest price among the product's variants, or null when none is priced for the region. */
export function cheapestPrice(product: HttpTypes.StoreProduct): number | null {
  const prices = (product.variants ?? [])
    .map(variantPrice)
    .filter((amount): amount is number => typeof amount === "number")
  return prices.length > 0 ? Math.min(...prices) : null
}

/**
 * Medusa sends inventory_quantity only for variants that manage inventory, so a variant
 * without it (or one that allows backorders) can always be ordered.
 */
export function canBeOrdered(variant: Variant): boolean {
  if (variant.allow_backorder) {
    return true
  }
  return typeof variant.inventory_quantity !== "number" || variant.inventory_quantity > 0
}

/** How many units one add to cart may ask for; null when stock does not limit it. */
export function orderableQuantity(variant: Variant): number | null {
  if (variant.allow_backorder || typeof variant.inventory_quantity !== "number") {
    return null
  }
  return Math.max(0, variant.inventory_quantity)
}

export function isSoldOut(product: HttpTypes.StoreProduct): boolean {
  const variants = product.variants ?? []
  return variants.length > 0 && !variants.some(canBeOrdered)
}
