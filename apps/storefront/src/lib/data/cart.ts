import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { unstable_rethrow } from "next/navigation"
import { cache } from "react"

import { getCartId, isLoggedIn, setCartId } from "@/lib/data/cookies"
import { getStoreRegion } from "@/lib/data/regions"
import { isStoreError, storeRequest } from "@/lib/data/store-api"
import { itemCount } from "@/lib/util/cart-summary"
import type { ShippingGroups } from "@/lib/util/shipping-groups"

// Line totals and shipping method names are not among Medusa's default cart fields.
const CART_FIELDS =
  "+items.total,+shipping_methods.name,+shipping_methods.total,+payment_collection.payment_sessions.data"

type CartResponse = HttpTypes.StoreCartResponse

/** The buyer's open cart, or null when there is none (or it has become an order). */
export const retrieveCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  try {
    const { cart } = await storeRequest<CartResponse>(`/store/carts/${cartId}`, {
      query: { fields: CART_FIELDS },
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    throw error
  }
})

/** The header badge must never take a page down with it. */
export async function cartItemQuantity(): Promise<number> {
  try {
    const cart = await retrieveCart()
    return itemCount(cart?.items)
  } catch (error) {
    // Next signals dynamic rendering by throwing; only real failures end here.
    unstable_rethrow(error)
    console.error("[storefront] reading the cart for the header failed:", error)
    return 0
  }
}

/** Only from Server Actions: creating a cart sets its cookie. */
async function openCartId(): Promise<string> {
  const existing = await retrieveCart()
  if (existing) {
    return existing.id
  }
  const region = await getStoreRegion()
  const { cart } = await storeRequest<CartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
  })
  await setCartId(cart.id)
  return cart.id
}

async function requireCartId(): Promise<string> {
  const cartId = await getCartId()
  if (!cartId) {
    throw new Error("There is no cart to change")
  }
  return cartId
}

export async function addLineItem(variantId: string, quantity: number): Promise<void> {
  const cartId = await openCartId()
  await storeRequest<CartResponse>(`/store/carts/${cartId}/line-items`, {
    method: "POST",
    body: { variant_id: variantId, quantity },
  })
}

export async function updateLineItem(lineId: string, quantity: number): Promise<void> {
  const cartId = await requireCartId()
  await storeRequest<CartResponse>(`/store/carts/${cartId}/line-items/${lineId}`, {
    method: "POST",
    body: { quantity },
  })
}

export async function deleteLineItem(lineId: string): Promise<void> {
  const cartId = await requireCartId()
  await storeRequest(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE" })
}

/** A logged-in buyer's cart belongs to their account, whatever they did before logging in. */
async function claimCartForCustomer(cartId: string): Promise<void> {
  if (await isLoggedIn()) {
    await storeRequest<CartResponse>(`/store/carts/${cartId}/customer`, {
      method: "POST",
    })
  }
}

/**
 * The cart that rows added in bulk (quick order, reorder) go into: opened as adding one
 * product opens it, and made the logged-in customer's, since the partner routes add only
 * to the customer's own cart.
 */
export async function openCustomerCartId(): Promise<string> {
  const cartId = await openCartId()
  await claimCartForCustomer(cartId)
  return cartId
}

export async function saveContactAndAddress(
  email: string,
  address: HttpTypes.StoreAddAddress,
): Promise<void> {
  const cartId = await requireCartId()
  await claimCartForCustomer(cartId)
  await storeRequest<CartResponse>(`/store/carts/${cartId}`, {
    method: "POST",
    body: { email, shipping_address: address, billing_address: address },
  })
}

/** The cart's shipments and their options; null until the cart has a shipping address. */
export async function listShippingGroups(cartId: string): Promise<ShippingGroups | null> {
  try {
    return await storeRequest<ShippingGroups>(`/store/carts/${cartId}/shipping-groups`)
  } catch (error) {
    if (isStoreError(error, 400)) {
      return null
    }
    throw error
  }
}

/** Medusa keeps one method per shipping profile, so this replaces the group's earlier choice. */
export async function addShippingMethod(optionId: string): Promise<void> {
  const cartId = await requireCartId()
  await storeRequest<CartResponse>(`/store/carts/${cartId}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
  })
}

export async function startPaymentSession(
  cart: HttpTypes.StoreCart,
  providerId: string,
): Promise<void> {
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { payment_collection } =
      await storeRequest<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { method: "POST", body: { cart_id: cart.id } },
      )
    collectionId = payment_collection.id
  }
  await storeRequest<HttpTypes.StorePaymentCollectionResponse>(
    `/store/payment-collections/${collectionId}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } },
  )
}

export async function completeCart(): Promise<HttpTypes.StoreCompleteCartResponse> {
  const cartId = await requireCartId()
  return storeRequest<HttpTypes.StoreCompleteCartResponse>(
    `/store/carts/${cartId}/complete`,
    { method: "POST" },
  )
}
