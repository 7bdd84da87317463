import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { IMPACT_MODULE } from "../../src/modules/impact"
import type ImpactModuleService from "../../src/modules/impact/service"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, PRODUCTS, workshopOf } from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import { eventually, placeOrder } from "../utils/checkout"

type Entry = {
  kind: string
  source: string
  line_item_id: string
  batch_id: string | null
  quantity: number
  amount: number
  makers_amount: number
  capital_amount: number
  state_revenue_amount: number
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    async function entriesOf(orderId: string): Promise<Entry[]> {
      const impact: ImpactModuleService = getContainer().resolve(IMPACT_MODULE)
      const entries = await impact.listImpactEntries({ order_id: orderId })
      return entries.map((entry) => ({
        kind: entry.kind,
        source: entry.source,
        line_item_id: entry.line_item_id,
        batch_id: entry.batch_id,
        quantity: entry.quantity,
        amount: Number(entry.amount),
        makers_amount: Number(entry.makers_amount),
        capital_amount: Number(entry.capital_amount),
        state_revenue_amount: Number(entry.state_revenue_amount),
      }))
    }

    const sum = (entries: Entry[], key: keyof Entry) =>
      entries.reduce((total, entry) => total + Number(entry[key]), 0)

    /** A product of the first facility with two variants' worth of choice. */
    const product = PRODUCTS.find((p) => p.facility === FACILITIES[0].handle)!

    async function variantId(sku: string) {
      const { data } = await api.get(
        `/admin/product-variants?sku=${sku}&fields=id`,
        admin,
      )
      return data.variants[0].id as string
    }

    async function paymentOf(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,payment_collections.payments.id`,
        admin,
      )
      return data.order.payment_collections[0].payments[0].id as string
    }

    async function buyAndPay(quantity: number) {
      const order = await placeOrder(api, store, {
        items: [{ variant_id: await variantId(product.variants[0].sku), quantity }],
      })
      expect(await entriesOf(order.id)).toEqual([])
      const paymentId = await paymentOf(order.id)
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      const sales = await eventually(async () => {
        const entries = await entriesOf(order.id)
        return entries.length ? entries : undefined
      })
      return { order, paymentId, sales }
    }

    it("splits a paid line by the facility's shares, exactly, per batch", async () => {
      const { order, sales } = await buyAndPay(3)
      const lineTotal = order.items[0].total
      expect(sales.every((entry) => entry.kind === "sale")).toBe(true)
      expect(sum(sales, "quantity")).toEqual(3)
      expect(sum(sales, "amount")).toEqual(lineTotal)
      for (const entry of sales) {
        expect(
          entry.makers_amount + entry.capital_amount + entry.state_revenue_amount,
        ).toEqual(entry.amount)
        expect(entry.batch_id).toMatch(/^pbat_/)
      }
      expect(sum(sales, "makers_amount")).toBeCloseTo(lineTotal * 0.5, -1)

      const { data } = await api.get("/admin/impact", admin)
      const row = data.rows.find(
        (r: { workshop_name: string }) => r.workshop_name === workshopOf(product).name,
      )
      expect(row.units).toBeGreaterThanOrEqual(3)
    })

    it("records a replayed capture event only once", async () => {
      const { order, paymentId, sales } = await buyAndPay(2)
      const eventBus = getContainer().resolve("event_bus")
      await eventBus.emit({ name: "payment.captured", data: { id: paymentId } })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await entriesOf(order.id)).toHaveLength(sales.length)
    })

    it("reverses a partial refund in proportion, then the rest on cancellation", async () => {
      const { order, paymentId, sales } = await buyAndPay(4)
      const lineTotal = sum(sales, "amount")
      const refund = Math.floor(lineTotal / 4) + 1
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: refund }, admin)
      const afterRefund = await eventually(async () => {
        const entries = await entriesOf(order.id)
        return entries.some((entry) => entry.source === "refund") ? entries : undefined
      })
      const refunds = afterRefund.filter((entry) => entry.source === "refund")
      expect(refunds.every((entry) => entry.kind === "reversal")).toBe(true)
      expect(sum(refunds, "amount")).toEqual(-refund)
      expect(sum(refunds, "quantity")).toEqual(0)
      for (const entry of refunds) {
        expect(
          entry.makers_amount + entry.capital_amount + entry.state_revenue_amount,
        ).toEqual(entry.amount)
      }
      // The sale entries themselves are never edited.
      expect(afterRefund.filter((entry) => entry.kind === "sale")).toEqual(sales)

      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const settled = await eventually(async () => {
        const entries = await entriesOf(order.id)
        return entries.some((entry) => entry.source === "order_canceled")
          ? entries
          : undefined
      })
      for (const key of [
        "quantity",
        "amount",
        "makers_amount",
        "capital_amount",
        "state_revenue_amount",
      ] as const) {
        expect(sum(settled, key)).toEqual(0)
      }
    })

    it("refuses to edit a ledger entry", async () => {
      const { order } = await buyAndPay(1)
      const impact: ImpactModuleService = getContainer().resolve(IMPACT_MODULE)
      const [entry] = await impact.listImpactEntries({ order_id: order.id })
      await expect(
        impact.updateImpactEntries({ id: entry.id, quantity: 99 }),
      ).rejects.toThrow(/append-only/)
    })

    it("counts paid sales in the public impact figures", async () => {
      const before = (await api.get("/store/impact", store)).data.impact
      const { sales } = await buyAndPay(2)
      const after = (await api.get("/store/impact", store)).data.impact
      expect(after.units_sold - before.units_sold).toEqual(2)
      expect(after.makers_amount - before.makers_amount).toEqual(
        sum(sales, "makers_amount"),
      )
    })
  },
})
