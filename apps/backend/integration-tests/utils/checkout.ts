/**
 * Buys through the Store API as a shopper would (cart, address, a shipping
 * method per shipment, bank transfer, completion) and returns the order.
 */
// The test runner's axios client; responses are read loosely, as a shopper's client would.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: Json }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: Json }>
}

type Order = { id: string; total: number; items: { id: string; total: number }[] }
type StoreHeaders = { headers: Record<string, string> }
type OrderInput = {
  items: { variant_id: string; quantity: number }[]
  shipping?: "pickup" | "delivery"
  address?: typeof TEST_ADDRESS
}

export async function placeOrder(
  api: Api,
  storeHeaders: StoreHeaders,
  input: OrderInput,
): Promise<Order> {
  const cartId = await prepareCart(api, storeHeaders, input)
  const { data: completed } = await api.post(
    `/store/carts/${cartId}/complete`,
    {},
    storeHeaders,
  )
  if (completed.type !== "order") {
    throw new Error(`Cart did not complete: ${JSON.stringify(completed.error)}`)
  }
  return completed.order as Order
}

type ShippingGroup = {
  shipping_profile_id: string
  kind: "parcel" | "heavy"
  facility: { id: string; name: string; province: string | null } | null
  options: { id: string; code: string; amount: number; free_shipping: boolean }[]
}

export const TEST_ADDRESS = {
  first_name: "Pembeli",
  last_name: "Uji",
  address_1: "Jalan Uji No. 2",
  address_2: "Kec. Klojen",
  city: "Kota Malang",
  province: "Jawa Timur",
  postal_code: "65111",
  country_code: "id",
  phone: "+628000000001",
}

/** The cart's shipments as the storefront sees them. */
export async function shippingGroups(
  api: Api,
  storeHeaders: StoreHeaders,
  cartId: string,
): Promise<ShippingGroup[]> {
  const { data } = await api.get(`/store/carts/${cartId}/shipping-groups`, storeHeaders)
  return data.groups
}

/**
 * Picks one option per shipment: `pickup` everywhere, or the priced service
 * (courier for parcels, freight for heavy goods).
 */
export async function chooseShipping(
  api: Api,
  storeHeaders: StoreHeaders,
  cartId: string,
  choice: "pickup" | "delivery" = "pickup",
): Promise<void> {
  for (const group of await shippingGroups(api, storeHeaders, cartId)) {
    const option = group.options.find((candidate) =>
      choice === "pickup"
        ? candidate.code === "ambil-di-fasilitas"
        : candidate.code !== "ambil-di-fasilitas",
    )
    if (!option) {
      throw new Error(`No ${choice} option for ${group.facility?.name}`)
    }
    await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: option.id },
      storeHeaders,
    )
  }
}

/** Starts a bank-transfer payment session for the cart. */
export async function payByBankTransfer(
  api: Api,
  storeHeaders: StoreHeaders,
  cartId: string,
): Promise<void> {
  const { data: collection } = await api.post(
    "/store/payment-collections",
    { cart_id: cartId },
    storeHeaders,
  )
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_transfer_bank" },
    storeHeaders,
  )
}

/** A cart ready to complete: items, address, a shipping method per shipment, a payment session. */
export async function prepareCart(
  api: Api,
  storeHeaders: StoreHeaders,
  input: OrderInput,
): Promise<string> {
  const { data: regions } = await api.get("/store/regions", storeHeaders)
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: regions.regions[0].id,
      email: "pembeli.uji@contoh.karya.local",
      items: input.items,
      shipping_address: input.address ?? TEST_ADDRESS,
    },
    storeHeaders,
  )
  const cartId = created.cart.id
  await chooseShipping(api, storeHeaders, cartId, input.shipping)
  await payByBankTransfer(api, storeHeaders, cartId)
  return cartId
}

/** Polls until `check` returns a value (subscribers run after the request returns). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error("Condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
