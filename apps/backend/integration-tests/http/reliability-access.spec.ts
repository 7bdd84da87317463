import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../src/modules/invoice-payment"
import { seedDemoData } from "../../src/scripts/seed"
import { demoPartnerBuyer } from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import {
  chooseShipping,
  eventually,
  payByBankTransfer,
  TEST_ADDRESS,
} from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"
import { logInCustomer, registerCustomer } from "../utils/customers"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }
type Answer = { status: number; data: Json }

const failure = (error: { response: Answer }) => error.response
const PASSWORD = "rahasia-uji-akses-2026"
const COASTER_SKU = "TTK-JTI-6"
const HOUR = 60 * 60

/** A 404 with the id taken out, to compare "someone else's" with "never existed". */
const notFound = (answer: Answer, id: string) => ({
  status: answer.status,
  message: String(answer.data.message).replace(id, "<id>"),
})

const PARTNER_APPLICATION = {
  business_name: "Warung Kopi Uji Akses",
  npwp: "0311122233344455",
  contact_name: "Pengelola Warung",
  phone: "0812 3333 4444",
  address: {
    address_1: "Jl. Uji No. 1",
    city: "Sleman",
    province: "DI Yogyakarta",
    postal_code: "55281",
    country_code: "id",
  },
  expected_monthly_volume: 100,
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let variantId: string
    let coasterId: string

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
      variantId = await variantIdOf(
        pickSeedProduct("rutan-bengkulu", false).variants[0].sku,
      )
      // Partners may buy it by the piece: no minimum order quantity.
      coasterId = await variantIdOf(COASTER_SKU)
    })

    async function variantIdOf(sku: string): Promise<string> {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
      return data[0].id
    }

    const withToken = (token: string): Headers => ({
      headers: { ...store.headers, authorization: `Bearer ${token}` },
    })

    const logIn = (email: string, password = PASSWORD) =>
      logInCustomer(api, store, email, password)
    const register = (email: string) =>
      registerCustomer(api, store, { email, password: PASSWORD, last_name: "Uji" })

    async function newCart(headers: Headers, variant = variantId): Promise<string> {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          items: [{ variant_id: variant, quantity: 1 }],
          shipping_address: TEST_ADDRESS,
        },
        headers,
      )
      return data.cart.id
    }

    async function placeOrder(headers: Headers, provider?: string, variant = variantId) {
      const cartId = await newCart(headers, variant)
      await chooseShipping(api, headers, cartId, "pickup")
      if (provider) {
        const { data } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          headers,
        )
        await api.post(
          `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
          { provider_id: provider },
          headers,
        )
      } else {
        await payByBankTransfer(api, headers, cartId)
      }
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      return data.order as Json
    }

    async function cartState(cartId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "cart",
          fields: [
            "email",
            "customer_id",
            "items.quantity",
            "shipping_methods.id",
            "payment_collection.payment_sessions.id",
          ],
          filters: { id: cartId },
        })
      return data[0]
    }

    describe("6. Object-level authorization", () => {
      it("hides a registered customer's cart from everyone else, as if it did not exist", async () => {
        const owner = await register("pemilik.keranjang@contoh.karya.local")
        const stranger = await register("orang.lain@contoh.karya.local")
        const cartId = await newCart(owner)
        const { data: payment } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          owner,
        )
        const collectionId = payment.payment_collection.id
        const before = await cartState(cartId)
        expect(before.customer_id).toMatch(/^cus_/)
        const missing = "cart_01TIDAKPERNAHADA0000000000"
        const missingCollection = "pay_col_01TIDAKPERNAHADA00000"

        const attempts: [string, (id: string, as: Headers) => Promise<Answer>][] = [
          ["read", (id, as) => api.get(`/store/carts/${id}`, as).catch(failure)],
          [
            "change the e-mail",
            (id, as) =>
              api
                .post(`/store/carts/${id}`, { email: "pencuri@contoh.karya.local" }, as)
                .catch(failure),
          ],
          [
            "add a line",
            (id, as) =>
              api
                .post(
                  `/store/carts/${id}/line-items`,
                  { variant_id: variantId, quantity: 5 },
                  as,
                )
                .catch(failure),
          ],
          [
            "take the cart over",
            (id, as) => api.post(`/store/carts/${id}/customer`, {}, as).catch(failure),
          ],
          [
            "read its shipments",
            (id, as) => api.get(`/store/carts/${id}/shipping-groups`, as).catch(failure),
          ],
          [
            "start its payment",
            (id, as) =>
              api.post("/store/payment-collections", { cart_id: id }, as).catch(failure),
          ],
          [
            "complete it",
            (id, as) => api.post(`/store/carts/${id}/complete`, {}, as).catch(failure),
          ],
        ]
        for (const [action, attempt] of attempts) {
          for (const as of [stranger, store]) {
            const refused = await attempt(cartId, as)
            expect(refused.status, action).toEqual(404)
            expect(notFound(refused, cartId), action).toEqual(
              notFound(await attempt(missing, as), missing),
            )
          }
        }
        const payBy = (id: string, as: Headers) =>
          api
            .post(
              `/store/payment-collections/${id}/payment-sessions`,
              { provider_id: "pp_transfer_bank" },
              as,
            )
            .catch(failure)
        for (const as of [stranger, store]) {
          const refused = await payBy(collectionId, as)
          expect(refused.status).toEqual(404)
          expect(notFound(refused, collectionId)).toEqual(
            notFound(await payBy(missingCollection, as), missingCollection),
          )
        }
        expect(await cartState(cartId)).toEqual(before)
        const { data: own } = await api.get(`/store/carts/${cartId}`, owner)
        expect(own.cart.id).toEqual(cartId)
      })

      it("keeps a guest's cart reachable by its id, the bearer secret the storefront keeps", async () => {
        const cartId = await newCart(store)
        const someone = await register("pembeli.lain@contoh.karya.local")
        for (const as of [store, someone]) {
          const { data } = await api.get(`/store/carts/${cartId}`, as)
          expect(data.cart.id).toEqual(cartId)
        }
        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantId, quantity: 1 },
          store,
        )
        expect(data.cart.items[0].quantity).toEqual(2)
      })

      it("shows a registered customer's order, its payment details and returns to that customer only", async () => {
        const owner = await register("pemilik.pesanan@contoh.karya.local")
        const stranger = await register("pengintip@contoh.karya.local")
        const order = await placeOrder(owner)
        const missing = "order_01TIDAKPERNAHADA000000000"

        const attempts: ((id: string, as: Headers) => Promise<Answer>)[] = [
          (id, as) => api.get(`/store/orders/${id}`, as).catch(failure),
          (id, as) => api.get(`/store/orders/${id}/bank-transfer`, as).catch(failure),
          (id, as) =>
            api
              .post(
                "/store/returns",
                {
                  order_id: id,
                  items: [{ id: order.items[0].id, quantity: 1 }],
                  return_shipping: { option_id: "so_tidak_ada" },
                },
                as,
              )
              .catch(failure),
        ]
        for (const attempt of attempts) {
          for (const as of [stranger, store]) {
            const refused = await attempt(order.id, as)
            expect(refused.status).toEqual(404)
            expect(notFound(refused, order.id)).toEqual(
              notFound(await attempt(missing, as), missing),
            )
          }
        }
        const { data: own } = await api.get(`/store/orders/${order.id}`, owner)
        expect(own.order.id).toEqual(order.id)
        const { data: transfer } = await api.get(
          `/store/orders/${order.id}/bank-transfer`,
          owner,
        )
        expect(transfer.bank_transfer.amount).toEqual(order.total)
        const { data: returns } = await api.get(
          `/admin/orders/${order.id}?fields=returns.id`,
          admin,
        )
        expect(returns.order.returns ?? []).toEqual([])
      })

      it("keeps a guest's order confirmation reachable by its id", async () => {
        const order = await placeOrder(store)
        const { data } = await api.get(`/store/orders/${order.id}`, store)
        expect(data.order.id).toEqual(order.id)
        const { data: transfer } = await api.get(
          `/store/orders/${order.id}/bank-transfer`,
          store,
        )
        expect(transfer.bank_transfer.status).toEqual("awaiting_payment")
      })

      it("lets no one enumerate orders: lists are one's own and display ids lead nowhere", async () => {
        const owner = await register("pemilik.nomor@contoh.karya.local")
        const stranger = await register("penebak.nomor@contoh.karya.local")
        const order = await placeOrder(owner)
        const guessed = await api
          .get(`/store/orders/${order.display_id}`, stranger)
          .catch(failure)
        expect(guessed.status).toEqual(404)
        for (const filter of [`id=${order.id}`, `status=pending`, ""]) {
          const { data } = await api.get(`/store/orders?${filter}`, stranger)
          expect(data).toMatchObject({ orders: [], count: 0 })
        }
        const { data: mine } = await api.get("/store/orders", owner)
        expect(mine.orders.map((o: Json) => o.id)).toEqual([order.id])
        expect((await api.get("/store/orders", store).catch(failure)).status).toEqual(401)
        const lookup = await api
          .post("/store/order-lookup", { display_id: order.display_id }, store)
          .catch(failure)
        expect(lookup.status).toEqual(400)
        expect(lookup.data.message).toContain("email")
      })

      it("keeps a customer's addresses out of another customer's reach", async () => {
        const owner = await register("pemilik.alamat@contoh.karya.local")
        const stranger = await register("tetangga@contoh.karya.local")
        const { data } = await api.post(
          "/store/customers/me/addresses",
          { ...TEST_ADDRESS, address_name: "Rumah" },
          owner,
        )
        const address = data.customer.addresses[0]
        const url = `/store/customers/me/addresses/${address.id}`
        const changed = await api
          .post(url, { address_1: "Jalan Pencuri No. 9" }, stranger)
          .catch(failure)
        const removed = await api.delete(url, stranger).catch(failure)
        const read = await api.get(url, stranger).catch(failure)
        for (const refused of [changed, removed, read]) {
          expect(refused.status).toEqual(404)
          expect(refused.data.message).toEqual(
            `Address with id: ${address.id} was not found`,
          )
        }
        const { data: theirs } = await api.get("/store/customers/me/addresses", stranger)
        expect(theirs.addresses).toEqual([])
        const { data: after } = await api.get(url, owner)
        expect(after.address).toMatchObject({
          id: address.id,
          address_1: TEST_ADDRESS.address_1,
        })
      })

      it("keeps a partner shop's quotes and invoices from other shops, customers and guests", async () => {
        const partner = await logIn(demoPartnerBuyer().email, demoPartnerBuyer().password)
        const { data: requested } = await api.post(
          "/store/partner/quotes",
          { items: [{ variant_id: coasterId, quantity: 40 }] },
          partner,
        )
        const quoteId = requested.quote.id
        const order = await placeOrder(partner, INVOICE_PAYMENT_PROVIDER_ID, coasterId)
        const invoice = await eventually(async () => {
          const { data } = await api.get(
            `/store/partner/invoices?order_id=${order.id}`,
            partner,
          )
          return data.invoices[0] as Json | undefined
        })

        const otherShop = await register("toko.pesaing@contoh.karya.local")
        const { data: applied } = await api.post(
          "/store/partner-applications",
          { ...PARTNER_APPLICATION, email: "toko.pesaing@contoh.karya.local" },
          otherShop,
        )
        await api.post(
          `/admin/partner-applications/${applied.partner_application.id}/approve`,
          {},
          admin,
        )
        const publicCustomer = await register("pembeli.umum@contoh.karya.local")

        const quoteRoutes: ((as: Headers) => Promise<Answer>)[] = [
          (as) => api.get(`/store/partner/quotes/${quoteId}`, as).catch(failure),
          (as) =>
            api
              .post(`/store/partner/quotes/${quoteId}/messages`, { body: "Halo" }, as)
              .catch(failure),
          (as) =>
            api.post(`/store/partner/quotes/${quoteId}/accept`, {}, as).catch(failure),
          (as) =>
            api.post(`/store/partner/quotes/${quoteId}/reject`, {}, as).catch(failure),
        ]
        const invoices = (as: Headers) =>
          api.get(`/store/partner/invoices?order_id=${order.id}`, as).catch(failure)
        for (const route of quoteRoutes) {
          const [shop, customer, guest] = [
            await route(otherShop),
            await route(publicCustomer),
            await route(store),
          ]
          expect(shop.status).toEqual(404)
          expect(shop.data.message).toEqual(`Quote with id "${quoteId}" was not found`)
          expect(customer.status).toEqual(403)
          expect(guest.status).toEqual(401)
        }
        expect((await invoices(otherShop)).data.invoices).toEqual([])
        expect((await invoices(publicCustomer)).status).toEqual(403)
        expect((await invoices(store)).status).toEqual(401)
        const orderAnswer = await api
          .get(`/store/orders/${order.id}`, otherShop)
          .catch(failure)
        expect(orderAnswer.status).toEqual(404)

        const { data: still } = await api.get(`/store/partner/quotes/${quoteId}`, partner)
        expect(still.quote).toMatchObject({ status: "requested", messages: [] })
        const { data: mine } = await api.get(
          `/store/partner/invoices?order_id=${order.id}`,
          partner,
        )
        expect(mine.invoices).toEqual([invoice])
      })
    })

    describe("7. Admin routes refuse anyone who is not signed-in staff", () => {
      async function adminToken(): Promise<Json> {
        const token = admin.headers.authorization.split(" ")[1]
        const payload = JSON.parse(
          Buffer.from(token.split(".")[1], "base64url").toString(),
        )
        const { exp, iat, ...claims } = payload
        expect(exp).toBeGreaterThan(iat)
        return claims
      }

      function sign(claims: Json, secret: string, issuedSecondsAgo: number) {
        return generateJwtToken(
          { ...claims, iat: Math.floor(Date.now() / 1000) - issuedSecondsAgo },
          { secret, expiresIn: HOUR },
        )
      }

      const jwtSecret = () =>
        getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
          .jwtSecret as string

      const requests: [string, (as: Headers) => Promise<Answer>][] = [
        ["GET /admin/orders", (as) => api.get("/admin/orders", as).catch(failure)],
        [
          "GET /admin/facilities",
          (as) => api.get("/admin/facilities", as).catch(failure),
        ],
        [
          "POST /admin/batches",
          (as) =>
            api
              .post(
                "/admin/batches",
                {
                  workshop_id: "ws_tidak_ada",
                  variant_id: "variant_tidak_ada",
                  quantity: 1,
                  produced_at: new Date().toISOString(),
                },
                as,
              )
              .catch(failure),
        ],
      ]

      it("answers 401 without a token, with an expired or forged one, and with a customer's", async () => {
        const claims = await adminToken()
        const customer = await register("bukan.staf@contoh.karya.local")
        const callers: [string, Headers][] = [
          ["no token", { headers: {} }],
          ["expired", withToken(sign(claims, jwtSecret(), 2 * HOUR))],
          ["forged", withToken(sign(claims, "bukan-rahasia-server-ini", 0))],
          ["customer", customer],
        ]
        const count = async () =>
          (await api.get("/admin/batches?limit=1", admin)).data.count as number
        const before = await count()
        for (const [, request] of requests) {
          for (const [, caller] of callers) {
            const { status, data } = await request(caller)
            expect({ status, data }).toEqual({
              status: 401,
              data: { message: "Unauthorized" },
            })
          }
        }
        expect(await count()).toEqual(before)

        // The same claims signed with the server's secret and a live expiry pass:
        // the refusals above are for the expiry and the signature alone.
        const fresh = withToken(sign(claims, jwtSecret(), 0))
        expect((await requests[0][1](fresh)).status).toEqual(200)
      })
    })
  },
})
