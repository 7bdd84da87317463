import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { defaultRateTable } from "../../src/modules/shipping-rates/default-rates"
import { DEFAULT_POLICY, quoteShipment } from "../../src/modules/shipping-rates/quote"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, type ProductSeed } from "../../src/scripts/seed-data"
import {
  chooseShipping,
  eventually,
  payByBankTransfer,
  shippingGroups,
  TEST_ADDRESS,
} from "../utils/checkout"
import { pickSeedProduct as pick } from "../utils/seed-expectations"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function rate(origin: string, destination: string) {
  return defaultRateTable().find(
    (row) => row.origin_province === origin && row.destination_province === destination,
  )!
}

const failure = (error: { response: { status: number; data: Json } }) => error.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    async function variantIdOf(product: ProductSeed): Promise<string> {
      const { data } = await api.get(
        `/store/products?handle=${product.handle}&fields=variants.id,variants.sku`,
        store,
      )
      return data.products[0].variants.find(
        (variant: { sku: string }) => variant.sku === product.variants[0].sku,
      ).id
    }

    async function cartWith(
      lines: { product: ProductSeed; quantity: number }[],
      address: Json | null = TEST_ADDRESS,
    ): Promise<string> {
      const items = []
      for (const line of lines) {
        items.push({
          variant_id: await variantIdOf(line.product),
          quantity: line.quantity,
        })
      }
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "pembeli.checkout@contoh.karya.local",
          items,
          ...(address ? { shipping_address: address } : {}),
        },
        store,
      )
      return data.cart.id
    }

    async function ordersOf(email: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id"],
        filters: { email },
      })
      return data
    }

    async function cartTotals(cartId: string) {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=total,subtotal,tax_total,item_total,shipping_total,shipping_methods.amount`,
        store,
      )
      return data.cart as Json
    }

    const bengkulu = FACILITIES.find((f) => f.handle === "rutan-bengkulu")!
    const jepara = FACILITIES.find((f) => f.handle === "lapas-jepara")!

    describe("shipping and tax totals", () => {
      it("lists the provinces of the address form", async () => {
        const { data } = await api.get("/store/shipping/provinces", store)
        expect(data.provinces).toHaveLength(38)
        expect(data.provinces).toContain("Jawa Timur")
      })

      it("prices a courier parcel by weight from the facility's province, PPN included", async () => {
        const product = pick(bengkulu.handle, false)
        const quantity = 3
        const cartId = await cartWith([{ product, quantity }])
        const groups = await shippingGroups(api, store, cartId)
        expect(groups).toHaveLength(1)
        expect(groups[0].kind).toEqual("parcel")
        expect(groups[0].facility?.name).toEqual(bengkulu.name)
        const courier = groups[0].options.find((o) => o.code === "reguler")!
        const expected = quoteShipment(
          "courier",
          rate(bengkulu.province, TEST_ADDRESS.province),
          DEFAULT_POLICY,
          [{ quantity, unit_price: product.variants[0].price, weight: product.weight }],
        )
        expect(expected.free_shipping).toBe(false)
        expect(courier.amount).toEqual(expected.amount)
        expect(groups[0].options.map((o) => o.code).sort()).toEqual([
          "ambil-di-fasilitas",
          "reguler",
        ])

        await chooseShipping(api, store, cartId, "delivery")
        const cart = await cartTotals(cartId)
        const items = product.variants[0].price * quantity
        expect(cart.item_total).toEqual(items)
        expect(cart.shipping_total).toEqual(expected.amount)
        expect(cart.total).toEqual(items + expected.amount)
        expect(Number.isInteger(cart.total)).toBe(true)
        // PPN 12% of a base of 11/12: 11/111 of a tax-inclusive price.
        expect(cart.tax_total).toBeCloseTo(((items + expected.amount) * 11) / 111, 0)
      })

      it("ships parcels free from the threshold, per shipment", async () => {
        const product = pick(bengkulu.handle, false)
        const quantity = Math.ceil(
          DEFAULT_POLICY.free_shipping_threshold / product.variants[0].price,
        )
        const cartId = await cartWith([{ product, quantity }])
        const [group] = await shippingGroups(api, store, cartId)
        const courier = group.options.find((o) => o.code === "reguler")!
        expect(courier.amount).toEqual(0)
        expect(courier.free_shipping).toBe(true)
      })

      it("sends heavy workshop goods by freight or pickup only, billed from a minimum weight", async () => {
        const heavy = pick(jepara.handle, true)
        const cartId = await cartWith([{ product: heavy, quantity: 1 }])
        const [group] = await shippingGroups(api, store, cartId)
        expect(group.kind).toEqual("heavy")
        expect(group.options.map((o) => o.code).sort()).toEqual([
          "ambil-di-fasilitas",
          "kargo",
        ])
        const freight = group.options.find((o) => o.code === "kargo")!
        const expected = quoteShipment(
          "freight",
          rate(jepara.province, TEST_ADDRESS.province),
          DEFAULT_POLICY,
          [{ quantity: 1, unit_price: heavy.variants[0].price, weight: heavy.weight }],
        )
        expect(freight.amount).toEqual(expected.amount)
        expect(expected.billable_kg).toBeGreaterThanOrEqual(
          DEFAULT_POLICY.freight_minimum_kg,
        )
      })

      it("splits a cart from two facilities into two shipments and needs a method for each", async () => {
        const fromBengkulu = pick(bengkulu.handle, false)
        const fromJepara = pick(jepara.handle, false)
        const cartId = await cartWith([
          { product: fromBengkulu, quantity: 1 },
          { product: fromJepara, quantity: 2 },
        ])
        const groups = await shippingGroups(api, store, cartId)
        expect(groups.map((g) => g.facility?.name).sort()).toEqual(
          [bengkulu.name, jepara.name].sort(),
        )

        // One shipment chosen: the order is refused, and says why.
        const first = groups[0].options.find((o) => o.code === "reguler")!
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: first.id },
          store,
        )
        await payByBankTransfer(api, store, cartId)
        const refused = await api
          .post(`/store/carts/${cartId}/complete`, {}, store)
          .catch(failure)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toMatch(/shipping/i)

        // Both chosen: one order, two shipping methods, their sum in the total.
        await chooseShipping(api, store, cartId, "delivery")
        // A changed total drops the payment session; the buyer confirms payment again.
        await payByBankTransfer(api, store, cartId)
        const cart = await cartTotals(cartId)
        const shipping = groups.map(
          (g) => g.options.find((o) => o.code === "reguler")!.amount,
        )
        expect(cart.shipping_methods).toHaveLength(2)
        expect(cart.shipping_total).toEqual(shipping[0] + shipping[1])
        const items = fromBengkulu.variants[0].price + fromJepara.variants[0].price * 2
        expect(cart.total).toEqual(items + shipping[0] + shipping[1])

        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toEqual("order")
        expect(data.order.total).toEqual(cart.total)
        expect(data.order.shipping_methods).toHaveLength(2)
      })

      it("drops a shipment whose goods left the cart and refuses shipping for goods not in it", async () => {
        const fromBengkulu = pick(bengkulu.handle, false)
        const fromJepara = pick(jepara.handle, false)
        const cartId = await cartWith([
          { product: fromBengkulu, quantity: 1 },
          { product: fromJepara, quantity: 1 },
        ])
        const groups = await shippingGroups(api, store, cartId)
        await chooseShipping(api, store, cartId, "pickup")

        // Jepara's goods leave the cart, and with them Jepara's shipment.
        const { data } = await api.get(
          `/store/carts/${cartId}?fields=items.id,items.title`,
          store,
        )
        const jeparaGroup = groups.find((g) => g.facility?.name === jepara.name)!
        const jeparaItem = data.cart.items.find(
          (item: { title: string }) => item.title === fromJepara.title,
        )
        await api.delete(`/store/carts/${cartId}/line-items/${jeparaItem.id}`, store)
        const after = await api.get(
          `/store/carts/${cartId}?fields=shipping_methods.name`,
          store,
        )
        expect(
          after.data.cart.shipping_methods.map((m: { name: string }) => m.name),
        ).toEqual([`Ambil di ${bengkulu.name}`])

        // An option for goods that are not in the cart would only add a charge.
        const foreign = await api
          .post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: jeparaGroup.options[0].id },
            store,
          )
          .catch(failure)
        expect(foreign.status).toEqual(400)
        expect(foreign.data.message).toContain("option_id")

        await payByBankTransfer(api, store, cartId)
        const { data: completed } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          store,
        )
        expect(completed.order.shipping_methods).toHaveLength(1)
      })

      it("explains that shipping needs the address first", async () => {
        const cartId = await cartWith(
          [{ product: pick(bengkulu.handle, false), quantity: 1 }],
          null,
        )
        const response = await api
          .get(`/store/carts/${cartId}/shipping-groups`, store)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("shipping_address")
      })
    })

    describe("completion", () => {
      it("refuses to complete an empty cart, with a clear message", async () => {
        const { data } = await api.post(
          "/store/carts",
          { region_id: regionId, email: "kosong@contoh.karya.local" },
          store,
        )
        await payByBankTransfer(api, store, data.cart.id).catch(() => undefined)
        const response = await api
          .post(`/store/carts/${data.cart.id}/complete`, {}, store)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/empty|item/i)
        expect(await ordersOf("kosong@contoh.karya.local")).toHaveLength(0)
      })

      it("turns 20 parallel completions of one cart into exactly one order", async () => {
        const product = pick(bengkulu.handle, false, [])
        const email = "paralel@contoh.karya.local"
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            email,
            items: [{ variant_id: await variantIdOf(product), quantity: 1 }],
            shipping_address: TEST_ADDRESS,
          },
          store,
        )
        const cartId = data.cart.id
        await chooseShipping(api, store, cartId, "pickup")
        await payByBankTransfer(api, store, cartId)

        const responses = await Promise.all(
          Array.from({ length: 20 }, () =>
            api.post(`/store/carts/${cartId}/complete`, {}, store).catch(failure),
          ),
        )
        const orderIds = new Set(
          responses
            .filter((r) => r.status === 200 && r.data.type === "order")
            .map((r) => r.data.order.id),
        )
        expect(orderIds.size).toEqual(1)
        expect(responses.every((r) => r.status === 200)).toBe(true)
        expect(await ordersOf(email)).toHaveLength(1)
      })

      it("places a logged-in customer's order on their account", async () => {
        const email = "pelanggan.terdaftar@contoh.karya.local"
        const password = "rahasia-pelanggan-2026"
        const { data: registered } = await api.post("/auth/customer/emailpass/register", {
          email,
          password,
        })
        await api.post(
          "/store/customers",
          { email, first_name: "Pelanggan", last_name: "Terdaftar" },
          { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } },
        )
        const { data: login } = await api.post("/auth/customer/emailpass", {
          email,
          password,
        })
        const customer = {
          headers: { ...store.headers, authorization: `Bearer ${login.token}` },
        }
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            items: [
              {
                variant_id: await variantIdOf(pick(bengkulu.handle, false)),
                quantity: 1,
              },
            ],
            shipping_address: TEST_ADDRESS,
          },
          customer,
        )
        expect(data.cart.email).toEqual(email)
        await chooseShipping(api, customer, data.cart.id, "pickup")
        await payByBankTransfer(api, customer, data.cart.id)
        const { data: completed } = await api.post(
          `/store/carts/${data.cart.id}/complete`,
          {},
          customer,
        )
        const { data: mine } = await api.get("/store/orders?fields=id,email", customer)
        expect(mine.orders.map((order: { id: string }) => order.id)).toEqual([
          completed.order.id,
        ])
        // A guest (no token) sees no order list at all.
        const anonymous = await api.get("/store/orders", store).catch(failure)
        expect(anonymous.status).toEqual(401)
      })

      it("confirms the order to the buyer by e-mail", async () => {
        const product = pick(bengkulu.handle, false)
        const email = "konfirmasi@contoh.karya.local"
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            email,
            items: [{ variant_id: await variantIdOf(product), quantity: 1 }],
            shipping_address: TEST_ADDRESS,
          },
          store,
        )
        await chooseShipping(api, store, data.cart.id, "pickup")
        await payByBankTransfer(api, store, data.cart.id)
        const { data: completed } = await api.post(
          `/store/carts/${data.cart.id}/complete`,
          {},
          store,
        )
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [mail] = await eventually(async () => {
          const found = await notifications.listNotifications({
            to: email,
            channel: "email",
          })
          return found.length ? found : undefined
        })
        expect(mail.template).toEqual("order-placed")
        expect(mail.resource_id).toEqual(completed.order.id)
        expect(mail.data).toMatchObject({
          display_id: completed.order.display_id,
          total: completed.order.total,
        })
        expect(String(mail.data?.order_url)).toContain(`/pesanan/${completed.order.id}`)
      })
    })
  },
})
