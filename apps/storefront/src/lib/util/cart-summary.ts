type Line = {
  quantity: number
  unit_price: number
  total?: number | null
}

type Totals = {
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
}

export type DisplayTotals = {
  /** Goods, PPN included, as the buyer saw them on the price tags. */
  items: number
  shipping: number
  /** The PPN already inside the total, rounded to whole rupiah. */
  taxIncluded: number
  total: number
}

export function itemCount(items: readonly Pick<Line, "quantity">[] | null | undefined) {
  return (items ?? []).reduce((count, item) => count + item.quantity, 0)
}

/** A line's price in the tax-inclusive region; Medusa omits `total` unless asked for it. */
export function lineTotal(item: Line): number {
  return typeof item.total === "number" ? item.total : item.unit_price * item.quantity
}

/**
 * The region's prices include PPN, so the buyer sees goods + shipping = total, and the
 * tax only as the part of the total it already is.
 */
export function displayTotals(totals: Totals): DisplayTotals {
  return {
    items: totals.item_total ?? 0,
    shipping: totals.shipping_total ?? 0,
    taxIncluded: Math.round(totals.tax_total ?? 0),
    total: totals.total ?? 0,
  }
}
