import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminGet, adminPost } from "./client"
import { PAGE_SIZE } from "./queries"
import type { Page } from "./types"

/*
 * The rate table and shipping policy as the admin API sends them. Prices are
 * whole rupiah including PPN.
 */

export type ShippingRate = {
  id: string
  origin_province: string
  destination_province: string
  courier_first_kg: number
  courier_next_kg: number
  freight_per_kg: number
  eta_min_days: number
  eta_max_days: number
}

export type ShippingPolicy = {
  /** null while no policy was saved and the defaults apply. */
  id: string | null
  free_shipping_threshold: number
  heavy_item_weight_grams: number
  freight_minimum_kg: number
}

/** The bounds the server enforces, so a form can point at the field first. */
export const RATE_LIMITS = { maxRupiah: 100_000_000, maxDays: 60 }

export const POLICY_LIMITS = {
  maxThreshold: 1_000_000_000,
  minHeavyGrams: 1000,
  maxHeavyGrams: 1_000_000,
  minFreightKg: 1,
  maxFreightKg: 1000,
}

const ROOT = "shipping"

export function useShippingRates(params: {
  origin_province: string
  destination_province?: string
  offset: number
}) {
  return useQuery({
    queryKey: [ROOT, "rates", params],
    queryFn: () =>
      adminGet<Page<"shipping_rates", ShippingRate>>("/admin/shipping-rates", {
        ...params,
        limit: PAGE_SIZE,
      }),
    enabled: params.origin_province !== "",
    placeholderData: keepPreviousData,
  })
}

export function useShippingPolicy() {
  return useQuery({
    queryKey: [ROOT, "policy"],
    queryFn: () =>
      adminGet<{ shipping_policy: ShippingPolicy }>("/admin/shipping-policy"),
  })
}

/** A POST to the shipping admin API that refreshes the rate table and the policy. */
export function useShippingWrite<TBody extends object, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => adminPost<TResult>(path, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }),
  })
}
