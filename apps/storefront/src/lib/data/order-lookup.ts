import "server-only"

import { cookies } from "next/headers"

import { isStoreError, storeRequest } from "@/lib/data/store-api"

/** The answer of POST /store/order-lookup: the order without anyone's personal data. */
export type LookedUpOrder = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  created_at: string
  currency_code: string
  total: number
  subtotal: number
  shipping_total: number
  tax_total: number
  items: {
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    total: number
    thumbnail: string | null
  }[]
  shipping_methods: { name: string; amount: number }[]
  shipping_address: { city: string | null; province: string | null }
}

export type OrderLookup = { email: string; display_id: number }

const LOOKUP_COOKIE = "_karya_order_lookup"
// Long enough to read the order and pay; a shared computer forgets it soon after.
const LOOKUP_MAX_AGE_SECONDS = 30 * 60

/** The order when the e-mail and number belong together, null otherwise. */
export async function lookUpOrder(lookup: OrderLookup): Promise<LookedUpOrder | null> {
  try {
    const { order } = await storeRequest<{ order: LookedUpOrder }>(
      "/store/order-lookup",
      {
        method: "POST",
        body: lookup,
      },
    )
    return order
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    throw error
  }
}

/**
 * The result page asks again with what the guest typed, kept server-side only so the
 * e-mail stays out of URLs, history and referrers.
 */
export async function rememberOrderLookup(lookup: OrderLookup): Promise<void> {
  ;(await cookies()).set(LOOKUP_COOKIE, JSON.stringify(lookup), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: LOOKUP_MAX_AGE_SECONDS,
  })
}

export async function rememberedOrderLookup(): Promise<OrderLookup | null> {
  const raw = (await cookies()).get(LOOKUP_COOKIE)?.value
  if (!raw) {
    return null
  }
  try {
    const { email, display_id } = JSON.parse(raw)
    return typeof email === "string" && Number.isInteger(display_id)
      ? { email, display_id }
      : null
  } catch {
    return null
  }
}
