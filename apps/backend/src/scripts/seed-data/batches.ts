import type { ProductSeed } from "./products"
import { LABEL_FACTS } from "./quality"

export type BatchPlan = {
  sku: string
  quantity: number
  produced_at: Date
  best_before: Date | null
  expires_at: Date | null
  /** Units already sold through the facility's own shop before the online catalog. */
  sold_elsewhere: number
}

const DAY = 24 * 60 * 60 * 1000
const SOLD_OUT_LOT = 24

/**
 * Processed foods keep as long as their label says ("6 bulan sejak tanggal
 * produksi"); crafts and workshop goods do not expire.
 */
function shelfLifeDays(product: ProductSeed): number | null {
  if (product.category !== "kuliner-olahan") {
    return null
  }
  const months = /(\d+)\s*bulan/.exec(LABEL_FACTS[product.handle]?.shelf_life ?? "")
  return months ? Number(months[1]) * 30 : 180
}

/**
 * The demo stock of each variant as production batches: larger stocks come from
 * two lots (an older one and a recent one), so first-expiry-first-out has
 * something to choose between; a sold-out variant has one lot the facility's
 * shop already sold. Dates are relative to `now`.
 */
export function planBatches(product: ProductSeed, now: Date): BatchPlan[] {
  const shelfLife = shelfLifeDays(product)
  const lot = (
    sku: string,
    quantity: number,
    daysAgo: number,
    soldElsewhere = 0,
  ): BatchPlan => {
    const produced = new Date(now.getTime() - daysAgo * DAY)
    return {
      sku,
      quantity,
      produced_at: produced,
      best_before: shelfLife
        ? new Date(produced.getTime() + (shelfLife - 30) * DAY)
        : null,
      expires_at: shelfLife ? new Date(produced.getTime() + shelfLife * DAY) : null,
      sold_elsewhere: soldElsewhere,
    }
  }
  return product.variants.flatMap((variant) => {
    // A sold-out variant still has its (inspected) batch; the shop sold all of it.
    if (variant.stock <= 0) {
      return [lot(variant.sku, SOLD_OUT_LOT, 30, SOLD_OUT_LOT)]
    }
    if (variant.stock < 20) {
      return [lot(variant.sku, variant.stock, 14)]
    }
    const older = Math.floor(variant.stock * 0.4)
    return [lot(variant.sku, older, 45), lot(variant.sku, variant.stock - older, 10)]
  })
}
