import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { isLoggedIn } from "@/lib/data/cookies"
import { isStoreError, storeRequest } from "@/lib/data/store-api"
import { sdk } from "@/lib/medusa"
import { readTokenClaims } from "@/modules/account/util/auth-token"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"
const ORDER_LIST_FIELDS =
  "id,display_id,status,created_at,total,currency_code,+payment_status,+fulfillment_status,items.id,items.quantity"
const ORDER_DETAIL_FIELDS =
  "+customer_id,+payment_status,+fulfillment_status,+items.total,+items.thumbnail,+shipping_methods.name,+shipping_methods.shipping_option_id,*fulfillments"

export type CustomerOrderPage = { orders: HttpTypes.StoreOrder[]; count: number }

/**
 * The auth routes answer with a token for one person: sent only with the token given here
 * (never the shared client's), and never cached.
 */
function authRequest<T>(
  path: string,
  body: Record<string, unknown>,
  token?: string,
): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: "POST",
    body,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
}

/** A customer token, or null when the e-mail and password do not match an account. */
export async function logInWithPassword(
  email: string,
  password: string,
): Promise<string | null> {
  try {
    const { token } = await authRequest<{ token: string }>("/auth/customer/emailpass", {
      email,
      password,
    })
    return token
  } catch (error) {
    if (isStoreError(error, 401)) {
      return null
    }
    throw error
  }
}

export type Registration = {
  email: string
  password: string
  first_name: string
  last_name: string
  phone: string | null
}

/**
 * Medusa registers a login first and the customer second. A login left without its
 * customer (the second step failed earlier) is finished here instead of blocking the
 * e-mail for good; any other login already using the e-mail means the account exists.
 */
async function registrationToken(
  email: string,
  password: string,
): Promise<string | null> {
  try {
    const { token } = await authRequest<{ token: string }>(
      "/auth/customer/emailpass/register",
      { email, password },
    )
    return token
  } catch (error) {
    if (!isStoreError(error, 401)) {
      throw error
    }
  }
  const existing = await logInWithPassword(email, password)
  return existing && readTokenClaims(existing)?.actorId === "" ? existing : null
}

/** Creates the account and returns its login token; null when the e-mail is taken. */
export async function registerCustomer({
  password,
  ...customer
}: Registration): Promise<string | null> {
  const token = await registrationToken(customer.email, password)
  if (!token) {
    return null
  }
  await sdk.client.fetch("/store/customers", {
    method: "POST",
    body: customer,
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  // The registration token names no customer yet; a fresh login does.
  return logInWithPassword(customer.email, password)
}

/** The logged-in customer, or null when nobody is logged in or the login has expired. */
export const retrieveCustomer = cache(
  async (): Promise<HttpTypes.StoreCustomer | null> => {
    if (!(await isLoggedIn())) {
      return null
    }
    try {
      const { customer } = await storeRequest<HttpTypes.StoreCustomerResponse>(
        "/store/customers/me",
        { query: { fields: CUSTOMER_FIELDS } },
      )
      return customer
    } catch (error) {
      if (isStoreError(error, 401)) {
        return null
      }
      throw error
    }
  },
)

export async function updateCustomer(body: HttpTypes.StoreUpdateCustomer): Promise<void> {
  await storeRequest("/store/customers/me", { method: "POST", body })
}

export async function addCustomerAddress(
  address: HttpTypes.StoreCreateCustomerAddress,
): Promise<void> {
  await storeRequest("/store/customers/me/addresses", {
    method: "POST",
    body: { ...address },
  })
}

export async function updateCustomerAddress(
  addressId: string,
  address: HttpTypes.StoreUpdateCustomerAddress,
): Promise<void> {
  await storeRequest(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, {
    method: "POST",
    body: { ...address },
  })
}

export async function deleteCustomerAddress(addressId: string): Promise<void> {
  await storeRequest(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, {
    method: "DELETE",
  })
}

/** The logged-in customer's orders, newest first; Medusa lists only their own. */
export async function listCustomerOrders(
  limit: number,
  offset: number,
): Promise<CustomerOrderPage> {
  const { orders, count } = await storeRequest<HttpTypes.StoreOrderListResponse>(
    "/store/orders",
    { query: { fields: ORDER_LIST_FIELDS, order: "-created_at", limit, offset } },
  )
  return { orders, count }
}

/**
 * One of the customer's orders. Medusa answers any order to anyone holding its id, so the
 * order's customer is compared here: someone else's order reads as not found.
 */
export const retrieveCustomerOrder = cache(
  async (orderId: string, customerId: string): Promise<HttpTypes.StoreOrder | null> => {
    try {
      const { order } = await storeRequest<HttpTypes.StoreOrderResponse>(
        `/store/orders/${encodeURIComponent(orderId)}`,
        { query: { fields: ORDER_DETAIL_FIELDS } },
      )
      return order.customer_id === customerId ? order : null
    } catch (error) {
      if (isStoreError(error, 404)) {
        return null
      }
      throw error
    }
  },
)
