/**
 * The contract of GET /store/carts/:id/shipping-groups: a cart splits into one shipment
 * per facility and shipping profile, and the buyer picks one option for each.
 */
export type ShippingOptionCode = "reguler" | "kargo" | "ambil-di-fasilitas"

export type ShippingGroupOption = {
  id: string
  name: string
  code: ShippingOptionCode
  amount: number
  free_shipping: boolean
  eta_min_days: number | null
  eta_max_days: number | null
  description: string | null
}

export type ShippingGroup = {
  shipping_profile_id: string
  kind: "parcel" | "heavy"
  /** Null only when no option reaches the address, so no facility could be told. */
  facility: { id: string; name: string; province: string | null } | null
  items: { id: string; title: string; quantity: number }[]
  weight_grams: number
  subtotal: number
  selected_option_id: string | null
  options: ShippingGroupOption[]
}

export type ShippingGroups = {
  free_shipping_threshold: number
  groups: ShippingGroup[]
}

export function facilityCount(groups: ShippingGroup[]): number {
  return new Set(groups.map((group) => group.facility?.id ?? group.shipping_profile_id))
    .size
}

export function selectedOption(group: ShippingGroup): ShippingGroupOption | undefined {
  return group.options.find((option) => option.id === group.selected_option_id)
}

/** Every shipment has an option the backend still offers for it. */
export function everyGroupHasOption(groups: ShippingGroup[]): boolean {
  return groups.length > 0 && groups.every((group) => selectedOption(group) !== undefined)
}

export function hasHeavyGroup(groups: ShippingGroup[]): boolean {
  return groups.some((group) => group.kind === "heavy")
}

/** Whether an option id belongs to the cart's groups: a posted id is checked before use. */
export function isOfferedOption(groups: ShippingGroup[], optionId: string): boolean {
  return groups.some((group) => group.options.some((option) => option.id === optionId))
}
