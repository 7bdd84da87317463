import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/seed"
import { PRODUCTS, workshopOf } from "../../src/scripts/seed-data"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"
import { adminHeaders } from "../utils/auth"
import { eventually, placeOrder } from "../utils/checkout"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

type Month = {
  month: string
  facility_id: string
  workshop_name: string
  units: number
  sales: number
  makers_amount: number
}
type BestSeller = { product_id: string; title: string; units: number; sales: number }
type ExpiringBatch = { batch_id: string; code: string; units_left: number }

const DAY = 24 * 60 * 60 * 1000

/** This month in Jakarta, where the ledger's months are kept, and the eleven before it. */
function lastTwelveMonths() {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number)
  const first = new Date(Date.UTC(year, month - 12, 1))
  const asMonth = (date: Date) => date.toISOString().slice(0, 7)
  return { from: asMonth(first), to: asMonth(new Date(Date.UTC(year, month - 1, 1))) }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    const period = lastTwelveMonths()

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const sum = <T>(rows: T[], key: keyof T) =>
      rows.reduce((total, row) => total + Number(row[key]), 0)

    async function facilityIdOf(handle: string) {
      const { data } = await api.get("/admin/facilities?limit=100", admin)
      return data.facilities.find(
        (facility: { handle: string }) => facility.handle === handle,
      ).id as string
    }

    async function dashboard(query: string) {
      const { data } = await api.get(`/admin/impact-dashboard?${query}`, admin)
      return data as {
        months: Month[]
        best_sellers: BestSeller[]
        expiring_soon: ExpiringBatch[]
        totals: { units: number; sales: number; makers_amount: number }
      }
    }

    it("adds up, month by month, to the ledger totals of the same period and facility", async () => {
      const seededFacility = workshopOf(PRODUCTS[0]).facility
      const facilityId = await facilityIdOf(seededFacility)
      for (const facility of [null, facilityId]) {
        const query = `from=${period.from}&to=${period.to}${facility ? `&facility_id=${facility}` : ""}`
        const [data, { data: impact }] = await Promise.all([
          dashboard(query),
          api.get(`/admin/impact?${query}`, admin),
        ])
        expect(data.months.length).toBeGreaterThan(0)
        expect(sum(data.months, "sales")).toEqual(impact.totals.line_total)
        expect(sum(data.months, "makers_amount")).toEqual(impact.totals.makers_amount)
        expect(sum(data.months, "units")).toEqual(impact.totals.units)
        expect(data.totals).toEqual({
          units: impact.totals.units,
          sales: impact.totals.line_total,
          makers_amount: impact.totals.makers_amount,
        })
        if (facility) {
          expect(data.months.every((row) => row.facility_id === facility)).toBe(true)
        }
        const months = data.months.map((row) => row.month)
        expect(months).toEqual([...months].sort())
      }

      const empty = await dashboard("from=2999-01")
      expect(empty.months).toEqual([])
      expect(empty.best_sellers).toEqual([])
      expect(empty.totals).toEqual({ units: 0, sales: 0, makers_amount: 0 })
    })

    it("ranks the best sellers by units sold", async () => {
      const sold = new Map<string, number>()
      for (const item of DEMO_ORDERS.flatMap((order) => order.items)) {
        const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === item.sku))!
        sold.set(product.title, (sold.get(product.title) ?? 0) + item.quantity)
      }
      const { best_sellers, totals } = await dashboard(
        `from=${period.from}&to=${period.to}`,
      )
      expect(best_sellers.length).toBeGreaterThanOrEqual(sold.size)
      expect(best_sellers.length).toBeLessThanOrEqual(10)
      const units = best_sellers.map((row) => row.units)
      expect(units).toEqual([...units].sort((a, b) => b - a))
      for (const [title, quantity] of sold) {
        expect(best_sellers).toContainEqual(
          expect.objectContaining({ title, units: quantity, sales: expect.any(Number) }),
        )
      }
      const top = [...sold].sort((a, b) => b[1] - a[1])[0]
      expect(best_sellers[0]).toMatchObject({ title: top[0], units: top[1] })
      expect(sum(best_sellers, "sales")).toBeLessThanOrEqual(totals.sales)
    })

    it("lists a sellable batch expiring within 30 days with the units it has left", async () => {
      const product = PRODUCTS[0]
      const { data: variants } = await api.get(
        `/admin/product-variants?sku=${product.variants[0].sku}&fields=id,product_id`,
        admin,
      )
      const variant = variants.variants[0]
      const { data: owner } = await api.get(
        `/admin/products/${variant.product_id}?fields=id,workshop.id`,
        admin,
      )
      const { data: created } = await api.post(
        "/admin/batches",
        {
          workshop_id: owner.product.workshop.id,
          variant_id: variant.id,
          quantity: 12,
          produced_at: new Date(Date.now() - 20 * DAY).toISOString(),
          expires_at: new Date(Date.now() + 10 * DAY).toISOString(),
        },
        admin,
      )
      const batch = created.batch as { id: string; code: string }

      const before = await dashboard("")
      expect(before.expiring_soon).toContainEqual(
        expect.objectContaining({
          batch_id: batch.id,
          code: batch.code,
          product_title: product.title,
          variant_title: product.variants[0].title,
          workshop_name: workshopOf(product).name,
          units_left: 12,
        }),
      )

      // Sales leave the batch that expires first, so this one.
      const order = await placeOrder(api, store, {
        items: [{ variant_id: variant.id, quantity: 3 }],
      })
      const { data: paid } = await api.get(
        `/admin/orders/${order.id}?fields=id,payment_collections.payments.id`,
        admin,
      )
      await api.post(
        `/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`,
        {},
        admin,
      )
      const after = await eventually(async () => {
        const data = await dashboard("")
        const row = data.expiring_soon.find((entry) => entry.batch_id === batch.id)
        return row && row.units_left < 12 ? row : undefined
      })
      expect(after.units_left).toEqual(9)

      const elsewhere = PRODUCTS.find(
        (p) => workshopOf(p).facility !== workshopOf(product).facility,
      )!
      const other = await dashboard(
        `facility_id=${await facilityIdOf(workshopOf(elsewhere).facility)}`,
      )
      expect(other.expiring_soon.map((row) => row.batch_id)).not.toContain(batch.id)
    })

    it.each([
      ["from=2026-13", "from"],
      ["to=26-01", "to"],
      ["from=2026-05&to=2026-01", "from"],
      ["facility_id=rutan-bengkulu", "facility_id"],
      ["facility=fac_1", "facility"],
    ])("refuses ?%s with a 400 naming %s", async (params, field) => {
      const response = await api
        .get(`/admin/impact-dashboard?${params}`, admin)
        .catch(failure)
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain(field)
    })
  },
})
