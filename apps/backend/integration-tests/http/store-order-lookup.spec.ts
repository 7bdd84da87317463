import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"
import { keyPaths } from "../utils/key-paths"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

const ORDER_KEYS = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "tax_total",
  "items",
  "shipping_methods",
  "shipping_address",
]
const ITEM_KEYS = [
  "title",
  "variant_title",
  "quantity",
  "unit_price",
  "total",
  "thumbnail",
]

const PERMITTED = new Set([
  "order",
  ...ORDER_KEYS.map((key) => `order.${key}`),
  ...ITEM_KEYS.map((key) => `order.items[].${key}`),
  "order.shipping_methods[].name",
  "order.shipping_methods[].amount",
  "order.shipping_address.city",
  "order.shipping_address.province",
])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    const orders = new Map<string, { id: string; display_id: number }>()
    const [first, second] = DEMO_ORDERS.map((order) => order.email)

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", "email"],
        filters: { email: [first, second] },
      })
      for (const order of data) {
        orders.set(order.email!, { id: order.id, display_id: order.display_id! })
      }
    })

    const lookup = (body: unknown) =>
      api.post("/store/order-lookup", body, headers).catch(failure)

    it("finds an order by its number and e-mail, in any letter case", async () => {
      const expected = orders.get(first)!
      const response = await lookup({
        email: ` ${first.toUpperCase()} `,
        display_id: expected.display_id,
      })
      expect(response.status).toEqual(200)
      const { order } = response.data as unknown as {
        order: Record<string, unknown> & {
          items: { title: string; quantity: number; total: number }[]
          shipping_methods: { name: string; amount: number }[]
        }
      }
      expect(order.id).toEqual(expected.id)
      expect(order.display_id).toEqual(expected.display_id)
      expect(order.payment_status).toEqual("captured")
      expect(order.shipping_address).toEqual({
        city: "Kota Bandung",
        province: "Jawa Barat",
      })
      expect(order.items).toHaveLength(DEMO_ORDERS[0].items.length)
      expect(order.items.map((item) => item.quantity).sort()).toEqual(
        DEMO_ORDERS[0].items.map((item) => item.quantity).sort(),
      )
      expect(order.shipping_methods).toHaveLength(1)
      const goods = order.items.reduce((sum, item) => sum + item.total, 0)
      expect(goods + order.shipping_methods[0].amount).toEqual(order.total)
    })

    it("answers with the order's own public fields and no personal data", async () => {
      const response = await lookup({
        email: first,
        display_id: orders.get(first)!.display_id,
      })
      expect([...keyPaths(response.data)].filter((p) => !PERMITTED.has(p))).toEqual([])
      const body = JSON.stringify(response.data)
      for (const personal of [first, "Pembeli", "Contoh", "+628000000000", "40111"]) {
        expect(body).not.toContain(personal)
      }
    })

    it("answers a wrong e-mail and a wrong number with the same 404", async () => {
      const wrongEmail = await lookup({
        email: second,
        display_id: orders.get(first)!.display_id,
      })
      const wrongNumber = await lookup({ email: first, display_id: 999_999 })
      expect(wrongEmail.status).toEqual(404)
      expect(wrongNumber.status).toEqual(404)
      expect(wrongEmail.data).toEqual(wrongNumber.data)
      expect(wrongEmail.data.message).not.toMatch(/e-?mail address is|number is/i)
    })

    it.each([
      [{ email: "bukan-email", display_id: 1 }, "email"],
      [{ display_id: 1 }, "email"],
      [{ email: "a@contoh.karya.local", display_id: 0 }, "display_id"],
      [{ email: "a@contoh.karya.local", display_id: 1.5 }, "display_id"],
      [{ email: "a@contoh.karya.local", display_id: "1" }, "display_id"],
      [{ email: "a@contoh.karya.local" }, "display_id"],
      [{ email: "a@contoh.karya.local", display_id: 1, customer_id: "x" }, "customer_id"],
    ])("answers %j with a 400 naming %s", async (body, field) => {
      const response = await lookup(body)
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain(field)
    })
  },
})
