import { MedusaService } from "@medusajs/framework/utils"
import { ShippingPolicy } from "./models/shipping-policy"
import { ShippingRate } from "./models/shipping-rate"
import { canonicalProvince } from "./provinces"
import { DEFAULT_POLICY, type Policy, type RateRow } from "./quote"

export default class ShippingRatesModuleService extends MedusaService({
  ShippingRate,
  ShippingPolicy,
}) {
  /** The shop's policy; the defaults until staff have saved one. */
  async currentPolicy(): Promise<Policy & { id?: string }> {
    const [policy] = await this.listShippingPolicies(
      {},
      { take: 1, order: { created_at: "ASC" } },
    )
    return policy
      ? {
          id: policy.id,
          free_shipping_threshold: policy.free_shipping_threshold,
          heavy_item_weight_grams: policy.heavy_item_weight_grams,
          freight_minimum_kg: policy.freight_minimum_kg,
        }
      : { ...DEFAULT_POLICY }
  }

  /** The rate between two provinces, whatever their spelling; undefined when none is set. */
  async rateBetween(origin: string, destination: string): Promise<RateRow | undefined> {
    const from = canonicalProvince(origin)
    const to = canonicalProvince(destination)
    if (!from || !to) {
      return undefined
    }
    const [rate] = await this.listShippingRates(
      { origin_province: from, destination_province: to },
      { take: 1 },
    )
    return rate
  }
}
