/**
 * Prices one shipment (the items of one facility and shipping profile) from
 * the rate table. Pure, so the fulfillment provider, the checkout summary and
 * the tests share one reading of the rules.
 */

export type ShippingService = "courier" | "freight"

export type RateRow = {
  courier_first_kg: number
  courier_next_kg: number
  freight_per_kg: number
  eta_min_days: number
  eta_max_days: number
}

export type Policy = {
  free_shipping_threshold: number
  heavy_item_weight_grams: number
  freight_minimum_kg: number
}

export type ShipmentItem = {
  quantity: number
  unit_price: number
  /** grams; the variant's weight, else the product's */
  weight: number | null
}

export type ShipmentQuote = {
  amount: number
  weight_grams: number
  billable_kg: number
  free_shipping: boolean
}

/**
 * An item without a weight in the catalog is billed as one kilogram per unit,
 * so a missing weight never ships for free by accident.
 */
export const UNKNOWN_ITEM_WEIGHT_GRAMS = 1000

export const DEFAULT_POLICY: Policy = {
  free_shipping_threshold: 500_000,
  heavy_item_weight_grams: 20_000,
  freight_minimum_kg: 10,
}

export function shipmentWeightGrams(items: ShipmentItem[]): number {
  return items.reduce(
    (total, item) =>
      total +
      (item.weight && item.weight > 0 ? item.weight : UNKNOWN_ITEM_WEIGHT_GRAMS) *
        item.quantity,
    0,
  )
}

export function shipmentSubtotal(items: ShipmentItem[]): number {
  return items.reduce((total, item) => total + item.unit_price * item.quantity, 0)
}

export function quoteShipment(
  service: ShippingService,
  rate: RateRow,
  policy: Policy,
  items: ShipmentItem[],
): ShipmentQuote {
  const weight_grams = shipmentWeightGrams(items)
  // Couriers bill every started kilogram, and at least one.
  const kg = Math.max(1, Math.ceil(weight_grams / 1000))
  if (service === "freight") {
    const billable_kg = Math.max(kg, policy.freight_minimum_kg)
    return {
      amount: billable_kg * rate.freight_per_kg,
      weight_grams,
      billable_kg,
      free_shipping: false,
    }
  }
  const free_shipping =
    policy.free_shipping_threshold > 0 &&
    shipmentSubtotal(items) >= policy.free_shipping_threshold
  return {
    amount: free_shipping ? 0 : rate.courier_first_kg + (kg - 1) * rate.courier_next_kg,
    weight_grams,
    billable_kg: kg,
    free_shipping,
  }
}
