import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../src/modules/invoice-payment"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"
import type WholesaleModuleService from "../../src/modules/wholesale/service"
import { seedDemoData } from "../../src/scripts/seed"
import {
  DEMO_PENDING_APPLICATION,
  demoPartnerBuyer,
  MINIMUM_ORDER_QUANTITIES,
  PARTNER_TIERS,
  PRODUCTS,
} from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import {
  chooseShipping,
  eventually,
  payByBankTransfer,
  TEST_ADDRESS,
} from "../utils/checkout"
import { logInCustomer, registerCustomer } from "../utils/customers"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const failure = (error: { response: { status: number; data: Json } }) => error.response
const DAY = 24 * 60 * 60 * 1000
const PASSWORD = "rahasia-mitra-2026"

// Tiered, with a minimum order quantity of 12: 12-47 at 21.000, 48+ at 19.000 (retail 25.000).
const TIERED_SKU = "KRP-APL-100"
const TIERED_PRODUCT = PRODUCTS.find((p) => p.variants.some((v) => v.sku === TIERED_SKU))!
// Tiered from one unit, no minimum.
const COASTER_SKU = "TTK-JTI-6"

const APPLICATION = {
  business_name: "Toko Kerajinan Sumber Rejeki",
  npwp: "02.345.678.9-012.000",
  contact_name: "Pengelola Sumber Rejeki",
  email: "sumber.rejeki@contoh.karya.local",
  phone: "0812 1111 2222",
  address: {
    address_1: "Jl. Kaliurang Km 5 No. 10",
    city: "Sleman",
    province: "DI Yogyakarta",
    postal_code: "55281",
    country_code: "id",
  },
  expected_monthly_volume: 250,
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let partner: Headers
    let regionId: string

    const logIn = (email: string, password: string) =>
      logInCustomer(api, store, email, password)
    const register = (email: string) =>
      registerCustomer(api, store, { email, password: PASSWORD, last_name: "Toko" })

    /** A buyer of a freshly approved shop of its own (each test starts from the seed). */
    async function approvedBuyer(email: string, npwp: string): Promise<Headers> {
      const buyer = await register(email)
      const { data } = await api.post(
        "/store/partner-applications",
        { ...APPLICATION, email, npwp },
        buyer,
      )
      await api.post(
        `/admin/partner-applications/${data.partner_application.id}/approve`,
        {},
        admin,
      )
      return buyer
    }

    async function variantId(sku: string): Promise<string> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku },
      })
      return data[0].id
    }

    async function newCart(headers: Headers, items: Json[] = []): Promise<string> {
      const { data } = await api.post(
        "/store/carts",
        { region_id: regionId, items, shipping_address: TEST_ADDRESS },
        headers,
      )
      return data.cart.id
    }

    async function cartLines(cartId: string, headers: Headers) {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=items.variant_sku,items.quantity,items.unit_price`,
        headers,
      )
      return (data.cart.items as Json[])
        .map((item) => ({
          sku: item.variant_sku,
          quantity: item.quantity,
          unit_price: item.unit_price,
        }))
        .sort((a, b) => a.sku.localeCompare(b.sku))
    }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      const { email, password } = demoPartnerBuyer()
      partner = await logIn(email, password)
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    describe("applications", () => {
      it("refuses a malformed application with a 400 naming the field, and records nothing", async () => {
        const wholesale: WholesaleModuleService = getContainer().resolve(WHOLESALE_MODULE)
        const before = await wholesale.listPartnerApplications({})
        for (const [body, field] of [
          [{ ...APPLICATION, npwp: "12.345" }, "npwp"],
          [{ ...APPLICATION, email: "bukan-email" }, "email"],
          [
            { ...APPLICATION, expected_monthly_volume: "banyak" },
            "expected_monthly_volume",
          ],
          [
            { ...APPLICATION, address: { ...APPLICATION.address, postal_code: "1" } },
            "postal_code",
          ],
          [{ ...APPLICATION, business_name: undefined }, "business_name"],
        ] as const) {
          const response = await api
            .post("/store/partner-applications", body, store)
            .catch(failure)
          expect(response.status).toEqual(400)
          expect(response.data.message).toContain(field)
        }
        expect(await wholesale.listPartnerApplications({})).toHaveLength(before.length)
      })

      it("refuses a second application for an NPWP already under review", async () => {
        const response = await api
          .post(
            "/store/partner-applications",
            {
              ...APPLICATION,
              npwp: DEMO_PENDING_APPLICATION.npwp,
              email: "lain@contoh.karya.local",
            },
            store,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/^npwp: .*already being reviewed/)
      })

      it("approval creates the shop, makes the applicant a buyer and shows partner prices to that group only", async () => {
        const applicant = await register(APPLICATION.email)
        const bystander = await register("pembeli.biasa@contoh.karya.local")

        const { data: applied } = await api.post(
          "/store/partner-applications",
          APPLICATION,
          applicant,
        )
        expect(applied.partner_application).toMatchObject({
          status: "pending",
          business_name: APPLICATION.business_name,
        })
        // Before approval the applicant sees the application, not prices.
        const { data: before } = await api.get("/store/partner/me", applicant)
        expect(before.partner_shop).toBeNull()
        expect(before.application).toMatchObject({
          status: "pending",
          npwp: "023456789012000",
        })
        expect(
          (await api.get("/store/partner/prices", applicant).catch(failure)).status,
        ).toEqual(403)

        const { data: queue } = await api.get(
          "/admin/partner-applications?status=pending",
          admin,
        )
        expect(queue.partner_applications.map((a: Json) => a.id)).toContain(
          applied.partner_application.id,
        )
        const unknownGroup = await api
          .post(
            `/admin/partner-applications/${applied.partner_application.id}/approve`,
            { customer_group_id: "cusgroup_tidak_ada" },
            admin,
          )
          .catch(failure)
        expect(unknownGroup.status).toEqual(400)
        expect(unknownGroup.data.message).toContain("customer_group_id")

        const { data: approved } = await api.post(
          `/admin/partner-applications/${applied.partner_application.id}/approve`,
          { payment_terms_days: 14 },
          admin,
        )
        expect(approved.partner_application.status).toEqual("approved")
        expect(approved.partner_shop).toMatchObject({
          business_name: APPLICATION.business_name,
          npwp: "023456789012000",
          payment_terms_days: 14,
          status: "active",
          customer_group: { name: "Mitra Grosir" },
        })
        expect(approved.partner_shop.buyers.map((b: Json) => b.email)).toEqual([
          APPLICATION.email,
        ])
        const again = await api
          .post(
            `/admin/partner-applications/${applied.partner_application.id}/approve`,
            {},
            admin,
          )
          .catch(failure)
        expect(again.status).toEqual(400)

        const { data: prices } = await api.get(
          `/store/partner/prices?q=${TIERED_SKU}`,
          applicant,
        )
        const variant = prices.products
          .flatMap((product: Json) => product.variants)
          .find((v: Json) => v.sku === TIERED_SKU)
        expect(variant.tiers).toEqual(
          PARTNER_TIERS[TIERED_SKU].map((tier) => ({
            min_quantity: tier.min_quantity,
            max_quantity: tier.max_quantity ?? null,
            amount: tier.amount,
          })),
        )
        expect(variant.retail_price).toEqual(TIERED_PRODUCT.variants[0].price)
        expect(prices.products[0].minimum_order_quantity).toEqual(
          MINIMUM_ORDER_QUANTITIES[TIERED_PRODUCT.handle],
        )

        // Nobody else gets partner prices: not a guest, not another customer.
        expect(
          (await api.get("/store/partner/prices", store).catch(failure)).status,
        ).toEqual(401)
        expect(
          (await api.get("/store/partner/prices", bystander).catch(failure)).status,
        ).toEqual(403)
        const { data: publicProduct } = await api.get(
          `/store/products?handle=${TIERED_PRODUCT.handle}&region_id=${regionId}&fields=*variants.calculated_price`,
          bystander,
        )
        expect(
          publicProduct.products[0].variants[0].calculated_price.calculated_amount,
        ).toEqual(TIERED_PRODUCT.variants[0].price)

        // The applicant was told by e-mail.
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const mail = await eventually(async () => {
          const [found] = await notifications.listNotifications({
            to: APPLICATION.email,
            template: "partner-application-approved",
          })
          return found
        })
        expect(mail.channel).toEqual("email")
      })

      it("approves an application once when two staff approve it at the same moment", async () => {
        const applicant = await register(APPLICATION.email)
        const { data } = await api.post(
          "/store/partner-applications",
          APPLICATION,
          applicant,
        )
        const url = `/admin/partner-applications/${data.partner_application.id}/approve`
        const answers = await Promise.all([
          api.post(url, {}, admin).catch(failure),
          api.post(url, {}, admin).catch(failure),
        ])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        // The loser's shop, links and group membership were undone.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: shops } = await query.graph({
          entity: "partner_shop",
          fields: ["id", "customers.email", "customer_group.name"],
          filters: { npwp: "023456789012000" },
        })
        expect(shops).toHaveLength(1)
        expect(shops[0].customers.map((c: Json) => c.email)).toEqual([APPLICATION.email])
        const { data: customers } = await query.graph({
          entity: "customer",
          fields: ["groups.name", "partner_shop.id"],
          filters: { email: APPLICATION.email },
        })
        expect(customers[0].partner_shop.id).toEqual(shops[0].id)
        expect(customers[0].groups.map((g: Json) => g.name)).toEqual(["Mitra Grosir"])
      })

      it("gives a shop more buyers only through staff, never by registering with its e-mail", async () => {
        // Nobody proves owning an e-mail by registering with it: an account with the
        // e-mail of an application sent without logging in gets neither the shop at
        // approval nor the application's details.
        const claimant = await register(APPLICATION.email)
        const { data } = await api.post("/store/partner-applications", APPLICATION, store)
        const { data: approved } = await api.post(
          `/admin/partner-applications/${data.partner_application.id}/approve`,
          {},
          admin,
        )
        expect(approved.partner_shop.buyers).toEqual([])
        const { data: claimed } = await api.get("/store/partner/me", claimant)
        expect(claimed.partner_shop).toBeNull()
        expect(Object.keys(claimed.application).sort()).toEqual(
          ["business_name", "created_at", "id", "status"].sort(),
        )
        // Staff, who vetted the shop, add the applicant's account themselves.
        await api.post(
          `/admin/partner-shops/${approved.partner_shop.id}/buyers`,
          { email: APPLICATION.email },
          admin,
        )
        const { data: joined } = await api.get("/store/partner/me", claimant)
        expect(joined.partner_shop.id).toEqual(approved.partner_shop.id)

        const colleague = "rekan.sumber.rejeki@contoh.karya.local"
        const unknown = await api
          .post(
            `/admin/partner-shops/${approved.partner_shop.id}/buyers`,
            { email: colleague },
            admin,
          )
          .catch(failure)
        expect(unknown.status).toEqual(400)
        expect(unknown.data.message).toMatch(/^email: /)
        const second = await register(colleague)
        const { data: added } = await api.post(
          `/admin/partner-shops/${approved.partner_shop.id}/buyers`,
          { email: colleague },
          admin,
        )
        expect(added.partner_shop.buyers.map((b: Json) => b.email).sort()).toEqual(
          [APPLICATION.email, colleague].sort(),
        )
        const { data: prices } = await api.get(
          `/store/partner/prices?q=${TIERED_SKU}`,
          second,
        )
        expect(prices.products[0].variants[0].tiers).toHaveLength(2)
        // The seeded shop's buyer cannot be added to a second shop.
        const taken = await api
          .post(
            `/admin/partner-shops/${approved.partner_shop.id}/buyers`,
            { email: demoPartnerBuyer().email },
            admin,
          )
          .catch(failure)
        expect(taken.status).toEqual(400)
        expect(taken.data.message).toContain("already buys for")
      })

      it("rejection records the reason and creates no shop", async () => {
        const wholesale: WholesaleModuleService = getContainer().resolve(WHOLESALE_MODULE)
        const [pending] = await wholesale.listPartnerApplications({
          npwp: DEMO_PENDING_APPLICATION.npwp,
        })
        const short = await api
          .post(
            `/admin/partner-applications/${pending.id}/reject`,
            { reason: "x" },
            admin,
          )
          .catch(failure)
        expect(short.status).toEqual(400)
        expect(short.data.message).toContain("reason")
        const { data } = await api.post(
          `/admin/partner-applications/${pending.id}/reject`,
          { reason: "Wilayah ini sudah dilayani koperasi mitra lain" },
          admin,
        )
        expect(data.partner_application).toMatchObject({
          status: "rejected",
          rejection_reason: "Wilayah ini sudah dilayani koperasi mitra lain",
        })
        expect(
          await wholesale.listPartnerShops({ npwp: DEMO_PENDING_APPLICATION.npwp }),
        ).toHaveLength(0)
      })
    })

    describe("tier prices and minimum quantities", () => {
      it("applies the tier that matches the quantity, and the public keeps the retail price", async () => {
        const id = await variantId(TIERED_SKU)
        const cartId = await newCart(partner, [{ variant_id: id, quantity: 12 }])
        expect(await cartLines(cartId, partner)).toEqual([
          { sku: TIERED_SKU, quantity: 12, unit_price: 21000 },
        ])
        const { data: cart } = await api.get(
          `/store/carts/${cartId}?fields=items.id`,
          partner,
        )
        await api.post(
          `/store/carts/${cartId}/line-items/${cart.cart.items[0].id}`,
          { quantity: 48 },
          partner,
        )
        expect(await cartLines(cartId, partner)).toEqual([
          { sku: TIERED_SKU, quantity: 48, unit_price: 19000 },
        ])

        const guestCart = await newCart(store, [{ variant_id: id, quantity: 48 }])
        expect(await cartLines(guestCart, store)).toEqual([
          { sku: TIERED_SKU, quantity: 48, unit_price: TIERED_PRODUCT.variants[0].price },
        ])
      })

      it("refuses a partner line below the minimum order quantity with a clear message", async () => {
        const id = await variantId(TIERED_SKU)
        const cartId = await newCart(partner)
        const refused = await api
          .post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: id, quantity: 5 },
            partner,
          )
          .catch(failure)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain(
          `${TIERED_PRODUCT.title}: partner orders need at least 12 units (this cart would have 5)`,
        )
        expect(await cartLines(cartId, partner)).toEqual([])
        // The public is not bound by it.
        const guestCart = await newCart(store)
        await api.post(
          `/store/carts/${guestCart}/line-items`,
          { variant_id: id, quantity: 5 },
          store,
        )
        expect(await cartLines(guestCart, store)).toHaveLength(1)
      })

      it("staff set and clear a product's minimum order quantity", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { handle: "tatakan-gelas-kayu-jati" },
        })
        const url = `/admin/products/${data[0].id}/wholesale`
        expect((await api.get(url, admin)).data.minimum_order_quantity).toBeNull()
        const bad = await api
          .post(url, { minimum_order_quantity: 0 }, admin)
          .catch(failure)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("minimum_order_quantity")
        await api.post(url, { minimum_order_quantity: 4 }, admin)
        expect((await api.get(url, admin)).data.minimum_order_quantity).toEqual(4)
        await api.post(url, { minimum_order_quantity: null }, admin)
        expect((await api.get(url, admin)).data.minimum_order_quantity).toBeNull()
      })
    })

    describe("quick order and CSV", () => {
      it("adds the good CSV rows, reports each bad row, and changes nothing else", async () => {
        const coaster = await variantId(COASTER_SKU)
        const cartId = await newCart(partner, [{ variant_id: coaster, quantity: 2 }])
        const before = await cartLines(cartId, partner)
        const recalled = PRODUCTS.flatMap((p) => p.variants).find((v) => v.stock === 0)!
        const csv = [
          "sku;jumlah",
          `${TIERED_SKU};24`,
          "TIDAK-ADA-123;5",
          `${COASTER_SKU};abc`,
          "KRP-PSG-MNS-250;3",
          `${recalled.sku};1`,
          `${COASTER_SKU};3`,
        ].join("\n")
        const { data } = await api.post(
          "/store/partner/quick-order",
          { cart_id: cartId, csv },
          partner,
        )
        expect(data.added).toEqual([
          {
            row: 1,
            sku: TIERED_SKU,
            quantity: 24,
            variant_id: await variantId(TIERED_SKU),
          },
          { row: 6, sku: COASTER_SKU, quantity: 3, variant_id: coaster },
        ])
        expect(data.errors.map((e: Json) => [e.row, e.field, e.code, e.limit])).toEqual([
          [2, "sku", "unknown_sku", null],
          [3, "quantity", "invalid_quantity", null],
          [4, "quantity", "below_minimum", 12],
          [5, "quantity", "insufficient_stock", 0],
        ])
        expect(data.errors[0].message).toContain("TIDAK-ADA-123")
        expect(data.errors[2].message).toContain("at least 12")
        expect(data.errors[3].message).toMatch(/only 0 more/)
        expect(await cartLines(cartId, partner)).toEqual(
          [
            ...before.map((line) => ({
              ...line,
              quantity: line.quantity + 3,
              unit_price: 60000,
            })),
            { sku: TIERED_SKU, quantity: 24, unit_price: 21000 },
          ].sort((a, b) => a.sku.localeCompare(b.sku)),
        )
      })

      it("answers 400 for a file without the columns, and 404 for someone else's cart", async () => {
        const cartId = await newCart(partner)
        const noColumns = await api
          .post(
            "/store/partner/quick-order",
            { cart_id: cartId, csv: "kode,banyak\nA,1" },
            partner,
          )
          .catch(failure)
        expect(noColumns.status).toEqual(400)
        expect(noColumns.data.message).toMatch(/^csv: /)
        const both = await api
          .post(
            "/store/partner/quick-order",
            {
              cart_id: cartId,
              csv: "sku,quantity\nA,1",
              items: [{ sku: "A", quantity: 1 }],
            },
            partner,
          )
          .catch(failure)
        expect(both.status).toEqual(400)
        const guestCart = await newCart(store)
        const foreign = await api
          .post(
            "/store/partner/quick-order",
            { cart_id: guestCart, items: [{ sku: COASTER_SKU, quantity: 1 }] },
            partner,
          )
          .catch(failure)
        expect(foreign.status).toEqual(404)
        expect(await cartLines(guestCart, store)).toEqual([])
      })
    })

    describe("payment by invoice", () => {
      async function checkoutByInvoice(headers: Headers, cartId: string) {
        await chooseShipping(api, headers, cartId, "pickup")
        const { data: collection } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          headers,
        )
        return api
          .post(
            `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
            { provider_id: INVOICE_PAYMENT_PROVIDER_ID },
            headers,
          )
          .catch(failure)
      }

      it("refuses payment by invoice to the public", async () => {
        const cartId = await newCart(store, [
          { variant_id: await variantId(COASTER_SKU), quantity: 1 },
        ])
        const response = await checkoutByInvoice(store, cartId)
        expect(response.status).toEqual(403)
      })

      it("places a partner's order by invoice with its due date and tax data; staff mark it paid", async () => {
        const cartId = await newCart(partner, [
          { variant_id: await variantId(COASTER_SKU), quantity: 20 },
        ])
        const session = await checkoutByInvoice(partner, cartId)
        expect(session.status).toEqual(200)
        const { data: completed } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          partner,
        )
        expect(completed.type).toEqual("order")
        const order = completed.order
        const invoice = await eventually(async () => {
          const { data } = await api.get(
            `/store/partner/invoices?order_id=${order.id}`,
            partner,
          )
          return data.invoices[0]
        })
        expect(invoice).toMatchObject({
          order_id: order.id,
          order_display_id: order.display_id,
          amount: order.total,
          terms_days: 30,
          status: "unpaid",
          overdue: false,
          business_name: "Toko Oleh-Oleh Nusantara",
          npwp: "012345678901000",
        })
        expect(invoice.number).toMatch(/^INV\/\d{4}\/\d{6}$/)
        expect(
          new Date(invoice.due_at).getTime() - new Date(invoice.issued_at).getTime(),
        ).toEqual(30 * DAY)

        const { data: unpaid } = await api.get("/admin/invoices?status=unpaid", admin)
        expect(unpaid.invoices.map((i: Json) => i.id)).toContain(invoice.id)
        const { data: paid } = await api.post(
          `/admin/invoices/${invoice.id}/mark-paid`,
          {},
          admin,
        )
        expect(paid.invoice.status).toEqual("paid")
        const { data: orderAfter } = await api.get(
          `/admin/orders/${order.id}?fields=payment_status`,
          admin,
        )
        expect(orderAfter.order.payment_status).toEqual("captured")
        const twice = await api
          .post(`/admin/invoices/${invoice.id}/mark-paid`, {}, admin)
          .catch(failure)
        expect(twice.status).toEqual(400)
      })

      it("gives a partner's order paid up front an invoice without a due date", async () => {
        const cartId = await newCart(partner, [
          { variant_id: await variantId(COASTER_SKU), quantity: 1 },
        ])
        await chooseShipping(api, partner, cartId, "pickup")
        await payByBankTransfer(api, partner, cartId)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, partner)
        const invoice = await eventually(async () => {
          const { data: list } = await api.get(
            `/store/partner/invoices?order_id=${data.order.id}`,
            partner,
          )
          return list.invoices[0]
        })
        expect(invoice).toMatchObject({
          due_at: null,
          terms_days: null,
          npwp: "012345678901000",
        })
      })

      it("reorders a previous order into a new cart", async () => {
        const firstCart = await newCart(partner, [
          { variant_id: await variantId(COASTER_SKU), quantity: 2 },
          { variant_id: await variantId(TIERED_SKU), quantity: 12 },
        ])
        await chooseShipping(api, partner, firstCart, "pickup")
        await payByBankTransfer(api, partner, firstCart)
        const { data: placed } = await api.post(
          `/store/carts/${firstCart}/complete`,
          {},
          partner,
        )
        const { data: orders } = await api.get(
          `/store/orders/${placed.order.id}?fields=id,items.variant_sku`,
          partner,
        )
        const previous = orders.order
        const cartId = await newCart(partner)
        const { data } = await api.post(
          `/store/partner/orders/${previous.id}/reorder`,
          { cart_id: cartId },
          partner,
        )
        expect(data.errors).toEqual([])
        expect((await cartLines(cartId, partner)).map((line) => line.sku)).toEqual(
          previous.items.map((item: Json) => item.variant_sku).sort(),
        )
        const stranger = await register("bukan.mitra@contoh.karya.local")
        const refused = await api
          .post(
            `/store/partner/orders/${previous.id}/reorder`,
            { cart_id: cartId },
            stranger,
          )
          .catch(failure)
        expect(refused.status).toEqual(403)
      })
    })

    describe("quotes", () => {
      it("request -> staff reply with a lead time from capacity -> accept -> order by invoice", async () => {
        // Carved calligraphy, made a few pieces a week.
        const calligraphy = await variantId("KLG-UKR-6030")
        const { data: requested } = await api.post(
          "/store/partner/quotes",
          {
            items: [{ variant_id: calligraphy, quantity: 10, note: "Ukuran 80 x 40 cm" }],
            notes: "Untuk lobi hotel, dikirim sekaligus",
          },
          partner,
        )
        const quoteId = requested.quote.id
        expect(requested.quote).toMatchObject({ status: "requested", total: null })

        const { data: detail } = await api.get(`/admin/quotes/${quoteId}`, admin)
        // Ten pieces at the workshop's stated weekly capacity, then two days to pack.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: made } = await query.graph({
          entity: "product_variant",
          fields: ["product.workshop.weekly_capacity"],
          filters: { id: calligraphy },
        })
        const capacity = made[0].product.workshop.weekly_capacity as number
        const leadTime = Math.ceil((10 / capacity) * 7) + 2
        expect(detail.quote.suggested_lead_time_days).toEqual(leadTime)

        const acceptEarly = await api
          .post(`/store/partner/quotes/${quoteId}/accept`, {}, partner)
          .catch(failure)
        expect(acceptEarly.status).toEqual(400)

        const incomplete = await api
          .post(`/admin/quotes/${quoteId}/reply`, { items: [] }, admin)
          .catch(failure)
        expect(incomplete.status).toEqual(400)
        const itemId = detail.quote.items[0].id
        const { data: answered } = await api.post(
          `/admin/quotes/${quoteId}/reply`,
          {
            items: [{ id: itemId, unit_price: 520000 }],
            message: "Ukuran khusus bisa, kayu jati kering oven.",
          },
          admin,
        )
        expect(answered.quote).toMatchObject({
          status: "answered",
          lead_time_days: leadTime,
          total: 5_200_000,
        })
        await api.post(
          `/store/partner/quotes/${quoteId}/messages`,
          { body: "Baik, kami setuju." },
          partner,
        )
        const { data: thread } = await api.get(
          `/store/partner/quotes/${quoteId}`,
          partner,
        )
        expect(thread.quote.messages.map((m: Json) => [m.author, m.body])).toEqual([
          ["staff", "Ukuran khusus bisa, kayu jati kering oven."],
          ["partner", "Baik, kami setuju."],
        ])
        expect(JSON.stringify(thread)).not.toContain("author_id")

        // A double click: the quote becomes one order.
        const decisions = await Promise.all([
          api.post(`/store/partner/quotes/${quoteId}/accept`, {}, partner).catch(failure),
          api.post(`/store/partner/quotes/${quoteId}/accept`, {}, partner).catch(failure),
        ])
        expect(decisions.map((decision) => decision.status).sort()).toEqual([200, 400])
        const accepted = decisions.find((decision) => decision.status === 200)!.data
        const { data: quoteOrders } = await query.graph({
          entity: "order",
          fields: ["id", "metadata"],
        })
        expect(
          quoteOrders.filter((order: Json) => order.metadata?.quote_id === quoteId),
        ).toHaveLength(1)
        expect(accepted.quote.status).toEqual("accepted")
        expect(accepted.invoice).toMatchObject({
          amount: 5_200_000,
          terms_days: 30,
          status: "unpaid",
        })
        const { data: order } = await api.get(
          `/store/orders/${accepted.order_id}?fields=total,items.quantity,items.unit_price`,
          partner,
        )
        expect(order.order.total).toEqual(5_200_000)
        expect(order.order.items).toEqual([
          expect.objectContaining({ quantity: 10, unit_price: 520000 }),
        ])
      })

      it("a partner can reject an answered quote; another shop cannot see it", async () => {
        const { data: requested } = await api.post(
          "/store/partner/quotes",
          { items: [{ variant_id: await variantId(COASTER_SKU), quantity: 200 }] },
          partner,
        )
        const quoteId = requested.quote.id
        const { data: detail } = await api.get(`/admin/quotes/${quoteId}`, admin)
        await api.post(
          `/admin/quotes/${quoteId}/reply`,
          {
            items: [{ id: detail.quote.items[0].id, unit_price: 50000 }],
            lead_time_days: 21,
          },
          admin,
        )
        const other = await approvedBuyer(
          "toko.lain@contoh.karya.local",
          "0311122233344455",
        )
        expect(
          (await api.get(`/store/partner/quotes/${quoteId}`, other).catch(failure))
            .status,
        ).toEqual(404)
        const { data } = await api.post(
          `/store/partner/quotes/${quoteId}/reject`,
          { reason: "Harga di atas anggaran" },
          partner,
        )
        expect(data.quote).toMatchObject({
          status: "rejected",
          rejection_reason: "Harga di atas anggaran",
          order_id: null,
        })
      })
    })
  },
})
