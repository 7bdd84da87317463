import type { MedusaContainer } from "@medusajs/framework/types"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { toNumber } from "../../../../../lib/amount"
import {
  SHIPPING_OPTION_CODES,
  type ShippingProfileKind,
} from "../../../../../lib/checkout-ids"
import { SHIPPING_RATES_MODULE } from "../../../../../modules/shipping-rates"
import { canonicalProvince } from "../../../../../modules/shipping-rates/provinces"
import {
  quoteShipment,
  shipmentSubtotal,
  shipmentWeightGrams,
  type ShipmentItem,
} from "../../../../../modules/shipping-rates/quote"
import type ShippingRatesModuleService from "../../../../../modules/shipping-rates/service"

export type GroupedCart = {
  id: string
  shipping_address?: { province?: string | null; country_code?: string | null } | null
  shipping_methods?: { shipping_option_id: string | null }[] | null
  items?:
    | {
        id: string
        title: string
        quantity: unknown
        unit_price: unknown
        requires_shipping?: boolean | null
        variant?: {
          weight?: number | null
          product?: { shipping_profile?: { id: string; type: string } | null } | null
        } | null
        product?: { weight?: number | null } | null
      }[]
    | null
}

type PricedOption = {
  id: string
  name: string
  shipping_profile_id: string
  amount?: unknown
  type?: { code?: string; description?: string | null } | null
  stock_location?: {
    id: string
    name: string
    address?: { province?: string | null } | null
  }
}

/**
 * Groups a cart's items into shipments and prices each shipment's options.
 * Explains, per option, whether the free-shipping threshold applied and how
 * long the courier takes, from the same rate table the price came from.
 */
export async function shippingGroupsOf(container: MedusaContainer, cart: GroupedCart) {
  const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
  const [{ result: options }, policy] = await Promise.all([
    listShippingOptionsForCartWithPricingWorkflow(container).run({
      input: { cart_id: cart.id, is_return: false },
    }),
    rates.currentPolicy(),
  ])
  const destination = canonicalProvince(cart.shipping_address?.province)
  const chosen = new Set(
    cart.shipping_methods?.map((method) => method.shipping_option_id),
  )

  const groups = new Map<
    string,
    { kind: ShippingProfileKind; items: NonNullable<GroupedCart["items"]> }
  >()
  for (const item of cart.items ?? []) {
    const profile = item.variant?.product?.shipping_profile
    if (item.requires_shipping === false || !profile) {
      continue
    }
    const group = groups.get(profile.id) ?? {
      kind: profile.type === "heavy" ? ("heavy" as const) : ("parcel" as const),
      items: [],
    }
    group.items.push(item)
    groups.set(profile.id, group)
  }

  const result = []
  for (const [profileId, group] of groups) {
    const shipment: ShipmentItem[] = group.items.map((item) => ({
      quantity: toNumber(item.quantity),
      unit_price: toNumber(item.unit_price),
      weight: item.variant?.weight ?? item.product?.weight ?? null,
    }))
    const groupOptions = (options as PricedOption[]).filter(
      (option) => option.shipping_profile_id === profileId,
    )
    const location = groupOptions[0]?.stock_location
    const origin = canonicalProvince(location?.address?.province)
    const rate =
      origin && destination ? await rates.rateBetween(origin, destination) : undefined
    result.push({
      shipping_profile_id: profileId,
      kind: group.kind,
      facility: location
        ? { id: location.id, name: location.name, province: origin ?? null }
        : null,
      items: group.items.map((item) => ({
        id: item.id,
        title: item.title,
        quantity: toNumber(item.quantity),
      })),
      weight_grams: shipmentWeightGrams(shipment),
      subtotal: shipmentSubtotal(shipment),
      selected_option_id:
        groupOptions.find((option) => chosen.has(option.id))?.id ?? null,
      options: groupOptions.map((option) => {
        const code = option.type?.code ?? null
        const priced =
          code === SHIPPING_OPTION_CODES.courier || code === SHIPPING_OPTION_CODES.freight
        const quote =
          priced && rate
            ? quoteShipment(
                code === SHIPPING_OPTION_CODES.freight ? "freight" : "courier",
                rate,
                policy,
                shipment,
              )
            : undefined
        return {
          id: option.id,
          name: option.name,
          code,
          amount: toNumber(option.amount),
          free_shipping: quote?.free_shipping ?? false,
          billable_kg: quote?.billable_kg ?? null,
          eta_min_days: priced ? (rate?.eta_min_days ?? null) : null,
          eta_max_days: priced ? (rate?.eta_max_days ?? null) : null,
          description: option.type?.description ?? null,
        }
      }),
    })
  }
  return {
    free_shipping_threshold: policy.free_shipping_threshold,
    freight_minimum_kg: policy.freight_minimum_kg,
    groups: result,
  }
}
