/**
 * Buys through the Store API as a shopper would (cart, address, pickup at the
 * facility, system payment, completion) and returns the order.
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
  facilityName: string
  items: { variant_id: string; quantity: number }[]
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

/** A cart ready to complete: items, address, pickup and a payment session. */
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
      shipping_address: {
        first_name: "Pembeli",
        last_name: "Uji",
        address_1: "Jalan Uji No. 2",
        city: "Kota Malang",
        province: "Jawa Timur",
        postal_code: "65111",
        country_code: "id",
        phone: "+628000000001",
      },
    },
    storeHeaders,
  )
  const cartId = created.cart.id
  const { data: options } = await api.get(
    `/store/shipping-options?cart_id=${cartId}`,
    storeHeaders,
  )
  const pickup = options.shipping_options.find(
    (option: { name: string }) => option.name === `Ambil di ${input.facilityName}`,
  )
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: pickup.id },
    storeHeaders,
  )
  const { data: collection } = await api.post(
    "/store/payment-collections",
    { cart_id: cartId },
    storeHeaders,
  )
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    storeHeaders,
  )
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
