import "server-only"

import { unstable_rethrow } from "next/navigation"
import { cache } from "react"

import { isLoggedIn } from "@/lib/data/cookies"
import { isStoreError, storeRequest } from "@/lib/data/store-api"
import { type RowResult, toRowResult } from "@/modules/partner/util/row-result"
import type { PriceTier } from "@/modules/partner/util/format"

export type PartnerShop = {
  id: string
  business_name: string
  /** Digits only. */
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  /** Days an invoice may stay unpaid; 0 means the shop pays up front. */
  payment_terms_days: number
  status: "active" | "suspended"
  created_at: string
  customer_group: { id: string; name: string } | null
}

/**
 * The customer's latest application. Only one sent from their own account carries the
 * business's details; one found by the account's e-mail alone tells where it stands.
 */
export type PartnerApplication = {
  id: string
  business_name: string
  status: "pending" | "approved" | "rejected"
  created_at: string
} & Partial<{
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  expected_monthly_volume: number
  notes: string | null
  rejection_reason: string | null
  reviewed_at: string | null
  partner_shop_id: string | null
}>

/** The customer's partner shop (as one of its buyers) and their latest application. */
export type PartnerStatus = {
  partner_shop: PartnerShop | null
  application: PartnerApplication | null
}

export type PartnerPriceVariant = {
  variant_id: string
  title: string
  sku: string | null
  retail_price: number | null
  /** Empty when the product has no partner price. */
  tiers: PriceTier[]
}

export type PartnerPriceProduct = {
  product_id: string
  title: string
  handle: string
  thumbnail: string | null
  minimum_order_quantity: number | null
  variants: PartnerPriceVariant[]
}

export type PartnerPriceList = {
  currency_code: string
  count: number
  limit: number
  offset: number
  products: PartnerPriceProduct[]
}

export type SubmittedApplication = Pick<
  PartnerApplication,
  "id" | "status" | "business_name" | "created_at"
>

const NO_PARTNER: PartnerStatus = { partner_shop: null, application: null }

/**
 * Read once per request for the account menu and the page alike; personal, so never
 * cached beyond the request.
 */
export const retrievePartnerStatus = cache(async (): Promise<PartnerStatus> => {
  if (!(await isLoggedIn())) {
    return NO_PARTNER
  }
  try {
    const { partner_shop, application } =
      await storeRequest<PartnerStatus>("/store/partner/me")
    return { partner_shop: partner_shop ?? null, application: application ?? null }
  } catch (error) {
    if (isStoreError(error, 401)) {
      return NO_PARTNER
    }
    throw error
  }
})

/** Where the partner status only adds to a page (its menu, a button), a failure is none. */
export async function partnerStatusOrNone(): Promise<PartnerStatus> {
  try {
    return await retrievePartnerStatus()
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading the partner status failed:", error)
    return NO_PARTNER
  }
}

/** Sent with the customer's login when there is one, so the application remembers the account. */
export async function submitPartnerApplication(
  body: Record<string, unknown>,
): Promise<SubmittedApplication> {
  const { partner_application } = await storeRequest<{
    partner_application: SubmittedApplication
  }>("/store/partner-applications", { method: "POST", body })
  return partner_application
}

export async function listPartnerPrices({
  q,
  limit,
  offset,
}: {
  q?: string
  limit: number
  offset: number
}): Promise<PartnerPriceList> {
  return storeRequest<PartnerPriceList>("/store/partner/prices", {
    query: q ? { q, limit, offset } : { limit, offset },
  })
}

export type QuickOrderInput =
  | { items: { sku: string; quantity: number }[] }
  | { csv: string }

export async function addQuickOrder(
  cartId: string,
  input: QuickOrderInput,
): Promise<RowResult> {
  const result = await storeRequest<unknown>("/store/partner/quick-order", {
    method: "POST",
    body: { cart_id: cartId, ...input },
  })
  return toRowResult(result)
}

/** Puts the lines of one of the shop's orders into the cart again. */
export async function reorderPartnerOrder(
  orderId: string,
  cartId: string,
): Promise<RowResult> {
  const result = await storeRequest<unknown>(
    `/store/partner/orders/${encodeURIComponent(orderId)}/reorder`,
    { method: "POST", body: { cart_id: cartId } },
  )
  return toRowResult(result)
}
