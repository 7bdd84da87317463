import type { ProductSeed } from "./products"

export type BatchPlan = {
  sku: string
  quantity: number
  produced_at: Date
  best_before: Date | null
  expires_at: Date | null
}

const DAY = 24 * 60 * 60 * 1000

/** Processed foods keep for months; crafts and workshop goods do not expire. */
const SHELF_LIFE_DAYS: Partial<Record<ProductSeed["category"], number>> = {
  "kuliner-olahan": 180,
}

/**
 * The demo stock of each variant as production batches: larger stocks come from
 * two lots (an older one and a recent one), so first-expiry-first-out has
 * something to choose between. Dates are relative to `now`.
 */
export function planBatches(product: ProductSeed, now: Date): BatchPlan[] {
  const shelfLife = SHELF_LIFE_DAYS[product.category]
  const lot = (sku: string, quantity: number, daysAgo: number): BatchPlan => {
    const produced = new Date(now.getTime() - daysAgo * DAY)
    return {
      sku,
      quantity,
      produced_at: produced,
      best_before: shelfLife
        ? new Date(produced.getTime() + (shelfLife - 30) * DAY)
        : null,
      expires_at: shelfLife ? new Date(produced.getTime() + shelfLife * DAY) : null,
    }
  }
  return product.variants.flatMap((variant) => {
    if (variant.stock <= 0) {
      return []
    }
    if (variant.stock < 20) {
      return [lot(variant.sku, variant.stock, 14)]
    }
    const older = Math.floor(variant.stock * 0.4)
    return [lot(variant.sku, older, 45), lot(variant.sku, variant.stock - older, 10)]
  })
}
