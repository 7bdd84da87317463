import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parse } from "csv-parse/sync"
import { ledgerCsvRecords } from "../../src/lib/ledger-export-source"
import { IMPACT_MODULE } from "../../src/modules/impact"
import type ImpactModuleService from "../../src/modules/impact/service"
import type { LedgerCursor } from "../../src/modules/impact/service"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders } from "../utils/auth"
import { eventually } from "../utils/checkout"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

type CsvResponse = {
  status: number
  headers: Record<string, string>
  data: string
}

type Row = Record<string, string>

const AMOUNTS = [
  "amount",
  "makers_amount",
  "capital_amount",
  "state_revenue_amount",
] as const

const DAY_MS = 24 * 60 * 60 * 1000

/** A Jakarta calendar day `offset` days from today. */
function jakartaDay(offset: number): string {
  return new Date(Date.now() + 7 * 60 * 60 * 1000 + offset * DAY_MS)
    .toISOString()
    .slice(0, 10)
}

/** Every ledger entry the seed writes happens "now": yesterday to tomorrow holds them all. */
const PERIOD = { from: jakartaDay(-1), to: jakartaDay(1) }

const sum = (rows: Row[], key: string) =>
  rows.reduce((total, row) => total + Number(row[key]), 0)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoData(getContainer())
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const impactService = (): ImpactModuleService => getContainer().resolve(IMPACT_MODULE)

    async function download(
      report: "ledger" | "sales",
      params: Record<string, string> = {},
    ): Promise<{ response: CsvResponse; rows: Row[]; total: Row }> {
      const search = new URLSearchParams({ ...PERIOD, ...params })
      const response: CsvResponse = await api.get(
        `/admin/exports/${report}.csv?${search}`,
        {
          ...admin,
          responseType: "text",
        },
      )
      const records = parse(response.data, { bom: true, columns: true }) as Row[]
      const total = records.at(-1)!
      expect(Object.values(total)[0]).toEqual("TOTAL")
      return { response, rows: records.slice(0, -1), total }
    }

    /** The ledger as the impact module holds it, net, optionally for one facility. */
    async function ledgerTotals(facilityId?: string) {
      const entries = await impactService().listImpactEntries(
        facilityId ? { facility_id: facilityId } : {},
      )
      const totals = { count: entries.length, units: 0 } as Record<string, number>
      for (const entry of entries) {
        totals.units += entry.quantity
        for (const key of AMOUNTS) {
          totals[key] = (totals[key] ?? 0) + Number(entry[key])
        }
      }
      return totals
    }

    /** The same period's totals as the impact page shows them. */
    async function impactPageTotals(facilityId?: string) {
      const month = (day: string) => day.slice(0, 7)
      const search = new URLSearchParams({
        from: month(PERIOD.from),
        to: month(PERIOD.to),
      })
      if (facilityId) search.set("facility_id", facilityId)
      const { data } = await api.get(`/admin/impact?${search}`, admin)
      const { line_total, ...rest } = data.totals
      return { amount: line_total, ...rest } as Record<string, number>
    }

    function expectSumsEqual(rows: Row[], total: Row, expected: Record<string, number>) {
      for (const key of AMOUNTS) {
        expect(sum(rows, key)).toEqual(expected[key])
        expect(Number(total[key])).toEqual(expected[key])
      }
    }

    describe("ledger.csv", () => {
      it("has one row per ledger entry whose sums and TOTAL equal the ledger", async () => {
        const { response, rows, total } = await download("ledger")
        const ledger = await ledgerTotals()
        expect(ledger.count).toBeGreaterThan(0)

        expect(response.headers["content-type"]).toEqual("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toEqual(
          `attachment; filename="ledger-semua-${PERIOD.from}-${PERIOD.to}.csv"`,
        )
        expect(Number(response.headers["x-total-rows"])).toEqual(rows.length)
        expect(rows).toHaveLength(ledger.count)

        expectSumsEqual(rows, total, ledger)
        expectSumsEqual(rows, total, await impactPageTotals())
        expect(sum(rows, "quantity")).toEqual(ledger.units)
        expect(Number(total.quantity)).toEqual(ledger.units)

        for (const row of rows) {
          expect(row.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
          expect(row.kind).toEqual("sale")
          expect(row.order_display_id).toMatch(/^\d+$/)
          expect(row.facility).not.toMatch(/^fac_/)
          expect(row.workshop).not.toMatch(/^wks_/)
          expect(row.product).not.toMatch(/^prod_/)
          expect(row.sku).not.toEqual("")
          expect(row.batch_code).not.toEqual("")
          expect(
            Number(row.makers_amount) +
              Number(row.capital_amount) +
              Number(row.state_revenue_amount),
          ).toEqual(Number(row.amount))
        }
      })

      it("keeps only the chosen facility's entries", async () => {
        const [first] = await impactService().listImpactEntries({}, { take: 1 })
        const { data } = await api.get(`/admin/facilities/${first.facility_id}`, admin)
        const facility = data.facility
        const { response, rows, total } = await download("ledger", {
          facility_id: facility.id,
        })
        const ledger = await ledgerTotals(facility.id)

        expect(rows).toHaveLength(ledger.count)
        expect(Number(response.headers["x-total-rows"])).toEqual(ledger.count)
        expect(rows.every((row) => row.facility === facility.name)).toBe(true)
        expectSumsEqual(rows, total, ledger)
        expectSumsEqual(rows, total, await impactPageTotals(facility.id))
        expect(response.headers["content-disposition"]).toContain(
          `ledger-${facility.handle}-${PERIOD.from}-${PERIOD.to}.csv`,
        )
      })

      it("leaves out entries outside the period", async () => {
        const { response, rows, total } = await download("ledger", {
          from: jakartaDay(-40),
          to: jakartaDay(-2),
        })
        expect(rows).toEqual([])
        expect(response.headers["x-total-rows"]).toEqual("0")
        expect(Number(total.amount)).toEqual(0)
      })

      it("reads the same rows in small keyset pages as in one", async () => {
        const impact = impactService()
        const seen: string[] = []
        let after: LedgerCursor | null = null
        for (;;) {
          const page = await impact.listEntriesInPeriod(PERIOD, { after, limit: 2 })
          seen.push(...page.map((entry) => entry.id))
          if (page.length < 2) break
          after = page[page.length - 1]
        }
        expect(new Set(seen).size).toEqual(seen.length)
        expect(seen).toHaveLength(await impact.countEntriesInPeriod(PERIOD))

        const paged = []
        for await (const record of ledgerCsvRecords(getContainer(), PERIOD, 2)) {
          paged.push(record)
        }
        const { rows, total } = await download("ledger")
        expect(paged.map((record) => String(record.amount))).toEqual(
          [...rows, total].map((row) => row.amount),
        )
        expect(paged.map((record) => String(record.order_display_id ?? ""))).toEqual(
          [...rows, total].map((row) => row.order_display_id),
        )
      })
    })

    describe("sales.csv", () => {
      it("sums per day, workshop and product to the ledger's totals", async () => {
        const { response, rows, total } = await download("sales")
        const ledger = await ledgerTotals()

        expect(response.headers["content-type"]).toEqual("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toContain(
          `sales-semua-${PERIOD.from}-${PERIOD.to}.csv`,
        )
        expect(Number(response.headers["x-total-rows"])).toEqual(rows.length)
        expect(rows.length).toBeGreaterThan(0)
        const groups = rows.map((row) => `${row.date}|${row.workshop}|${row.product}`)
        expect(new Set(groups).size).toEqual(groups.length)

        expectSumsEqual(rows, total, ledger)
        expectSumsEqual(rows, total, await impactPageTotals())
        expect(sum(rows, "units")).toEqual(ledger.units)
        expect(Number(total.units)).toEqual(ledger.units)
      })

      it("keeps only the chosen facility's sales", async () => {
        const [first] = await impactService().listImpactEntries({}, { take: 1 })
        const { data } = await api.get(`/admin/facilities/${first.facility_id}`, admin)
        const { response, rows, total } = await download("sales", {
          facility_id: first.facility_id,
        })
        expect(Number(response.headers["x-total-rows"])).toEqual(rows.length)
        expect(rows.every((row) => row.facility === data.facility.name)).toBe(true)
        expectSumsEqual(rows, total, await ledgerTotals(first.facility_id))
      })

      it("nets a refund's reversal out of the sales", async () => {
        const [sale] = await impactService().listImpactEntries({}, { take: 1 })
        const { data } = await api.get(
          `/admin/orders/${sale.order_id}?fields=id,payment_collections.payments.id`,
          admin,
        )
        const order = data.order
        const paymentId = order.payment_collections[0].payments[0].id
        const before = await ledgerTotals()
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1001 }, admin)
        await eventually(async () => {
          const entries = await impactService().listImpactEntries({
            order_id: order.id,
            kind: "reversal",
          })
          return entries.length ? entries : undefined
        })
        const after = await ledgerTotals()
        expect(after.amount).toEqual(before.amount - 1001)

        const sales = await download("sales")
        expectSumsEqual(sales.rows, sales.total, after)
        const ledger = await download("ledger")
        expectSumsEqual(ledger.rows, ledger.total, after)
        const reversals = ledger.rows.filter((row) => row.kind === "reversal")
        expect(sum(reversals, "amount")).toEqual(-1001)
        expect(reversals.every((row) => /^-\d+$/.test(row.amount))).toBe(true)
      })
    })

    describe("refusals", () => {
      it.each([
        [{ from: "2026-02-30", to: "2026-03-01" }, "from"],
        [{ from: "2026-03-01", to: "2026-13-01" }, "to"],
        [{ from: "01-03-2026", to: "2026-03-31" }, "from"],
        [{ to: "2026-03-31" }, "from"],
        [{ from: "2026-03-01" }, "to"],
        [{ from: "2026-03-31", to: "2026-03-01" }, "from"],
        [{ from: "2026-03-01", to: "2026-03-31", month: "2026-03" }, "month"],
      ])("answers 400 for %j naming %s", async (params, field) => {
        for (const report of ["ledger", "sales"]) {
          const search = new URLSearchParams(params as Record<string, string>)
          const response = await api
            .get(`/admin/exports/${report}.csv?${search}`, admin)
            .catch(failure)
          expect(response.status).toEqual(400)
          expect(response.data.message).toContain(field)
        }
      })

      it("answers 404 for an unknown facility", async () => {
        const search = new URLSearchParams({ ...PERIOD, facility_id: "fac_unknown" })
        const response = await api
          .get(`/admin/exports/ledger.csv?${search}`, admin)
          .catch(failure)
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("fac_unknown")
      })

      it("answers 401 without an admin token", async () => {
        const search = new URLSearchParams(PERIOD)
        for (const report of ["ledger", "sales"]) {
          const response = await api
            .get(`/admin/exports/${report}.csv?${search}`)
            .catch(failure)
          expect(response.status).toEqual(401)
        }
      })
    })
  },
})
