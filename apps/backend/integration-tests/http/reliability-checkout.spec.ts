import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fc from "fast-check"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"
import type WholesaleModuleService from "../../src/modules/wholesale/service"
import { seedDemoData } from "../../src/scripts/seed"
import {
  demoPartnerBuyer,
  PARTNER_TIERS,
  PRODUCTS,
  type ProductSeed,
} from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import {
  chooseShipping,
  payByBankTransfer,
  shippingGroups,
  TEST_ADDRESS,
} from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"
import { logInCustomer, registerCustomer } from "../utils/customers"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }
type Answer = { status: number; data: Json }

const failure = (error: { response: Answer }) => error.response
const PASSWORD = "rahasia-uji-keandalan-2026"
// Sold to partners by the piece: no minimum order quantity.
const COASTER_SKU = "TTK-JTI-6"

/** Runs `count` tasks, at most `width` at a time, and keeps their order. */
async function inWaves<T>(
  count: number,
  width: number,
  task: (index: number) => Promise<T>,
) {
  const results: T[] = []
  for (let start = 0; start < count; start += width) {
    const wave = Array.from({ length: Math.min(width, count - start) }, (_, offset) =>
      task(start + offset),
    )
    results.push(...(await Promise.all(wave)))
  }
  return results
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function variantIdOf(sku: string): Promise<string> {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku },
      })
      return data[0].id
    }

    const logIn = (email: string, password: string) =>
      logInCustomer(api, store, email, password)
    const register = (email: string) =>
      registerCustomer(api, store, { email, password: PASSWORD, last_name: "Uji" })

    async function newCart(
      headers: Headers,
      items: { variant_id: string; quantity: number }[],
      email?: string,
    ): Promise<string> {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          items,
          shipping_address: TEST_ADDRESS,
          ...(email ? { email } : {}),
        },
        headers,
      )
      return data.cart.id
    }

    async function cartLines(cartId: string, headers: Headers = store) {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=items.id,items.variant_sku,items.quantity,items.unit_price`,
        headers,
      )
      return (data.cart.items as Json[])
        .map((item) => ({
          id: item.id as string,
          sku: item.variant_sku as string,
          quantity: item.quantity as number,
          unit_price: item.unit_price as number,
        }))
        .sort((a, b) => a.sku.localeCompare(b.sku))
    }

    /** The variant's one stock level, as the inventory module holds it. */
    async function stockLevel(sku: string) {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: [
          "inventory_items.inventory_item_id",
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { sku },
      })
      const [link] = data[0].inventory_items as Json[]
      const levels = link.inventory.location_levels as Json[]
      expect(levels).toHaveLength(1)
      return {
        inventory_item_id: link.inventory_item_id as string,
        location_id: levels[0].location_id as string,
        stocked: Number(levels[0].stocked_quantity),
        reserved: Number(levels[0].reserved_quantity),
      }
    }

    const bengkulu = "rutan-bengkulu"
    const malang = "lapas-perempuan-malang"

    describe("1. Fifty buyers race for the last unit", () => {
      it("sells the last unit once, never below zero, and tells the 49 others it is out of stock", async () => {
        const product = pickSeedProduct(bengkulu, false)
        const sku = product.variants[0].sku
        const before = await stockLevel(sku)
        // Demo orders hold reservations; the race starts from one free unit and none held.
        const { data: held } = await api.get(
          `/admin/reservations?inventory_item_id=${before.inventory_item_id}`,
          admin,
        )
        for (const reservation of held.reservations as Json[]) {
          await api.delete(`/admin/reservations/${reservation.id}`, admin)
        }
        await api.post(
          `/admin/inventory-items/${before.inventory_item_id}/location-levels/${before.location_id}`,
          { stocked_quantity: 1 },
          admin,
        )
        expect(await stockLevel(sku)).toMatchObject({ stocked: 1, reserved: 0 })
        const variantId = await variantIdOf(sku)
        const buyers = Array.from(
          { length: 50 },
          (_, index) => `pembeli.${index}@contoh.karya.local`,
        )
        const carts = await inWaves(buyers.length, 5, async (index) => {
          const cartId = await newCart(
            store,
            [{ variant_id: variantId, quantity: 1 }],
            buyers[index],
          )
          await chooseShipping(api, store, cartId, "pickup")
          await payByBankTransfer(api, store, cartId)
          return cartId
        })

        const answers = await Promise.all(
          carts.map((cartId) =>
            api.post(`/store/carts/${cartId}/complete`, {}, store).catch(failure),
          ),
        )
        const placed = answers.filter((a) => a.status === 200 && a.data.type === "order")
        expect(placed).toHaveLength(1)
        const refusals = answers.filter((a) => !placed.includes(a))
        expect(refusals).toHaveLength(49)
        for (const refusal of refusals) {
          expect(refusal.status).toEqual(400)
          expect(refusal.data.message).toEqual(
            `${product.title} - ${product.variants[0].title}: out of stock`,
          )
        }

        const { data: orders } = await query().graph({
          entity: "order",
          fields: ["id"],
          filters: { email: buyers },
        })
        expect(orders.map((order) => order.id)).toEqual([placed[0].data.order.id])
        expect(await stockLevel(sku)).toMatchObject({ stocked: 1, reserved: 1 })
        const reservations = await getContainer()
          .resolve(Modules.INVENTORY)
          .listReservationItems({ inventory_item_id: before.inventory_item_id })
        expect(reservations.map((r) => r.line_item_id)).toEqual([
          placed[0].data.order.items[0].id,
        ])
      })
    })

    describe("4. Price tampering", () => {
      it("prices lines from the catalog whatever unit_price, price or total the client sends", async () => {
        const product = pickSeedProduct(bengkulu, false)
        const { sku, price } = product.variants[0]
        const variantId = await variantIdOf(sku)
        const forged = { unit_price: 1, price: 1, total: 1 }
        const catalogLine = (quantity: number) =>
          expect.objectContaining({ sku, quantity, unit_price: price })

        // A new cart's items drop fields they do not know.
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            items: [{ variant_id: variantId, quantity: 1, ...forged }],
          },
          store,
        )
        const cartId = data.cart.id
        expect(data.cart.total).toEqual(price)
        const lines = await cartLines(cartId)
        expect(lines).toEqual([catalogLine(1)])

        // Adding and changing a line refuse them outright.
        const added = await api
          .post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: variantId, quantity: 2, ...forged },
            store,
          )
          .catch(failure)
        const changed = await api
          .post(
            `/store/carts/${cartId}/line-items/${lines[0].id}`,
            { quantity: 3, ...forged },
            store,
          )
          .catch(failure)
        for (const refused of [added, changed]) {
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toEqual(
            "Invalid request: Unrecognized fields: 'unit_price, price, total'",
          )
        }
        expect(await cartLines(cartId)).toEqual(lines)
      })

      it("refuses a payment session with a provider the cart's region does not offer", async () => {
        const product = pickSeedProduct(bengkulu, false)
        const cartId = await newCart(store, [
          { variant_id: await variantIdOf(product.variants[0].sku), quantity: 1 },
        ])
        await chooseShipping(api, store, cartId, "pickup")
        const { data } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          store,
        )
        const collectionId = data.payment_collection.id
        for (const provider of ["pp_system_default", "pp_stripe_stripe"]) {
          const refused = await api
            .post(
              `/store/payment-collections/${collectionId}/payment-sessions`,
              { provider_id: provider },
              store,
            )
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toEqual(
            `Payment provider ${provider} is not enabled in the cart's region ${regionId}.`,
          )
        }
        const payments = getContainer().resolve(Modules.PAYMENT)
        expect(
          await payments.listPaymentSessions({ payment_collection_id: collectionId }),
        ).toEqual([])
      })

      it("keeps partner prices from a public customer, whatever the cart claims", async () => {
        const [sku, tiers] = Object.entries(PARTNER_TIERS)[0]
        const retail = PRODUCTS.flatMap((p) => p.variants).find((v) => v.sku === sku)!
        const variantId = await variantIdOf(sku)
        const quantity = tiers[tiers.length - 1].min_quantity
        const wholesale: WholesaleModuleService = getContainer().resolve(WHOLESALE_MODULE)
        const [shop] = await wholesale.listPartnerShops({}, { relations: [] })
        const { data: links } = await query().graph({
          entity: "partner_shop",
          fields: ["customers.id", "customer_group.id"],
          filters: { id: shop.id },
        })
        const partnerCustomerId = links[0].customers[0].id
        const partnerGroupId = links[0].customer_group.id

        const customer = await register("pembeli.publik@contoh.karya.local")
        const cartId = await newCart(customer, [{ variant_id: variantId, quantity }])
        expect((await cartLines(cartId, customer))[0].unit_price).toEqual(retail.price)

        for (const claim of [
          { customer_id: partnerCustomerId },
          { customer_group_id: partnerGroupId },
        ]) {
          const refused = await api
            .post(`/store/carts/${cartId}`, claim, customer)
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toEqual(
            `Invalid request: Unrecognized fields: '${Object.keys(claim)[0]}'`,
          )
        }
        const claimed = await api
          .post(
            `/store/carts/${cartId}/line-items`,
            {
              variant_id: variantId,
              quantity,
              additional_data: { customer_group_id: partnerGroupId },
            },
            customer,
          )
          .catch(failure)
        expect(claimed.status).toEqual(400)
        expect(claimed.data.message).toEqual(
          "Invalid request: Unrecognized fields: 'additional_data'",
        )
        expect(await cartLines(cartId, customer)).toEqual([
          expect.objectContaining({ sku, quantity, unit_price: retail.price }),
        ])

        // The partner's own cart, for contrast, gets the tier price.
        const partner = await logIn(demoPartnerBuyer().email, demoPartnerBuyer().password)
        const partnerCart = await newCart(partner, [{ variant_id: variantId, quantity }])
        expect((await cartLines(partnerCart, partner))[0].unit_price).toEqual(
          tiers[tiers.length - 1].amount,
        )
      })

      it("makes cart and order totals the server's sum of catalog prices and quoted shipping", async () => {
        const pool = [bengkulu, malang].flatMap((facility) => {
          const first = pickSeedProduct(facility, false)
          return [first, pickSeedProduct(facility, false, [first.handle])]
        })
        const line = fc.record({
          product: fc.constantFrom(...pool),
          quantity: fc.integer({ min: 1, max: 4 }),
        })
        await fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(line, {
              minLength: 1,
              maxLength: 3,
              selector: (l) => l.product.handle,
            }),
            fc.constantFrom("pickup" as const, "delivery" as const),
            async (lines, shipping) => {
              const items = await Promise.all(
                lines.map(async (l) => ({
                  variant_id: await variantIdOf(l.product.variants[0].sku),
                  quantity: l.quantity,
                })),
              )
              const cartId = await newCart(store, items, "total@contoh.karya.local")
              const groups = await shippingGroups(api, store, cartId)
              await chooseShipping(api, store, cartId, shipping)
              await payByBankTransfer(api, store, cartId)
              const goods = lines.reduce(
                (sum, l) => sum + priceOf(l.product) * l.quantity,
                0,
              )
              const freight = groups.reduce(
                (sum, group) =>
                  sum +
                  group.options.find((o) =>
                    shipping === "pickup"
                      ? o.code === "ambil-di-fasilitas"
                      : o.code !== "ambil-di-fasilitas",
                  )!.amount,
                0,
              )
              const { data } = await api.get(
                `/store/carts/${cartId}?fields=total,item_total,shipping_total`,
                store,
              )
              expect(data.cart).toMatchObject({
                item_total: goods,
                shipping_total: freight,
                total: goods + freight,
              })
              const { data: completed } = await api.post(
                `/store/carts/${cartId}/complete`,
                {},
                store,
              )
              expect(completed.order.total).toEqual(goods + freight)
              expect(
                (completed.order.items as Json[])
                  .map((item) => [item.variant_sku, item.unit_price, item.quantity])
                  .sort(),
              ).toEqual(
                lines
                  .map((l) => [l.product.variants[0].sku, priceOf(l.product), l.quantity])
                  .sort(),
              )
            },
          ),
          { numRuns: 6 },
        )
      })
    })

    describe("5. Quantities that are not a whole number of units in stock", () => {
      const BAD_QUANTITIES = [-1, 0, 0.5, 1e9, "abc"]
      const product = pickSeedProduct(bengkulu, false)
      const name = `${product.title} - ${product.variants[0].title}`
      const TOO_SMALL =
        "Invalid request: Value for field 'quantity' too small, expected at least: '0'"
      const NOT_A_NUMBER =
        "Invalid request: Expected type: 'number' for field 'quantity', got: 'abc'"
      const NOT_WHOLE = "quantity: must be a whole number of at least 1, not 0.5"
      const NOT_IN_STOCK = new RegExp(`^${name}: not enough stock, only \\d+ left`)

      async function cartWithTwoUnits() {
        const variantId = await variantIdOf(product.variants[0].sku)
        const cartId = await newCart(store, [{ variant_id: variantId, quantity: 2 }])
        return { cartId, variantId, lines: await cartLines(cartId) }
      }

      it.each([
        [-1, TOO_SMALL],
        [0, TOO_SMALL],
        [0.5, NOT_WHOLE],
        [1e9, NOT_IN_STOCK],
        ["abc", NOT_A_NUMBER],
      ])(
        "refuses quantity %j when adding to the cart with a 400 saying why, and changes nothing",
        async (quantity, reason) => {
          const { cartId, variantId, lines } = await cartWithTwoUnits()
          const refused = await api
            .post(
              `/store/carts/${cartId}/line-items`,
              { variant_id: variantId, quantity },
              store,
            )
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toMatch(reason)
          expect(await cartLines(cartId)).toEqual(lines)
        },
      )

      it.each([
        [-1, TOO_SMALL],
        [
          0,
          "quantity: must be a whole number of at least 1, not 0; to remove a line, delete it",
        ],
        [0.5, NOT_WHOLE],
        [1e9, NOT_IN_STOCK],
        ["abc", NOT_A_NUMBER],
      ])(
        "refuses quantity %j when changing a line with a 400 saying why, and changes nothing",
        async (quantity, reason) => {
          const { cartId, lines } = await cartWithTwoUnits()
          const refused = await api
            .post(`/store/carts/${cartId}/line-items/${lines[0].id}`, { quantity }, store)
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toMatch(reason)
          expect(await cartLines(cartId)).toEqual(lines)
        },
      )

      it("reports every quick-order quantity that is not plain whole digits as a row error and adds nothing", async () => {
        const partner = await logIn(demoPartnerBuyer().email, demoPartnerBuyer().password)
        const cartId = await newCart(partner, [])
        // "1.000" is a thousand in Indonesian writing; Number() would have read it as 1.
        const rows = [...BAD_QUANTITIES, "1.000", "0x10", "1e1", " "]
        const { data } = await api.post(
          "/store/partner/quick-order",
          {
            cart_id: cartId,
            items: rows.map((quantity) => ({ sku: COASTER_SKU, quantity })),
          },
          partner,
        )
        expect(data.added).toEqual([])
        expect(data.errors.map((e: Json) => [e.row, e.field, e.code, e.message])).toEqual(
          rows.map((_, index) => [
            index + 1,
            "quantity",
            "invalid_quantity",
            "quantity: must be a whole number from 1 to 100000",
          ]),
        )
        expect(await cartLines(cartId, partner)).toEqual([])
      })

      it("refuses a bad quantity in a partner's quote request and records no quote", async () => {
        const partner = await logIn(demoPartnerBuyer().email, demoPartnerBuyer().password)
        const wholesale: WholesaleModuleService = getContainer().resolve(WHOLESALE_MODULE)
        const before = await wholesale.listQuotes({})
        const variantId = await variantIdOf(COASTER_SKU)
        for (const quantity of BAD_QUANTITIES) {
          const refused = await api
            .post(
              "/store/partner/quotes",
              { items: [{ variant_id: variantId, quantity }] },
              partner,
            )
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toMatch(/^Invalid request: .*quantity/)
        }
        expect(await wholesale.listQuotes({})).toHaveLength(before.length)
      })

      it("refuses a bad batch quantity from staff with a 400 naming the field and records no batch", async () => {
        const { data: variants } = await query().graph({
          entity: "product_variant",
          fields: ["id", "product.workshop.id"],
          filters: { sku: product.variants[0].sku },
        })
        const count = async () =>
          (await api.get("/admin/batches?limit=1", admin)).data.count as number
        const before = await count()
        for (const [quantity, reason] of [
          [-1, "Value for field 'quantity' too small, expected at least: '1'"],
          [0, "Value for field 'quantity' too small, expected at least: '1'"],
          [0.5, "Expected type: 'int' for field 'quantity', got: '0.5'"],
          [1e9, "Value for field 'quantity' too big, expected at most: '1000000'"],
          ["abc", "Expected type: 'number' for field 'quantity', got: 'abc'"],
        ]) {
          const refused = await api
            .post(
              "/admin/batches",
              {
                workshop_id: variants[0].product.workshop.id,
                variant_id: variants[0].id,
                quantity,
                produced_at: new Date().toISOString(),
              },
              admin,
            )
            .catch(failure)
          expect(refused.status).toEqual(400)
          expect(refused.data.message).toEqual(`Invalid request: ${reason}`)
        }
        expect(await count()).toEqual(before)
      })
    })
  },
})

function priceOf(product: ProductSeed): number {
  return product.variants[0].price
}
