import { Writable } from "node:stream"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import type { LedgerEntryRow } from "../modules/impact/service"
import {
  LEDGER_COLUMNS,
  SALES_COLUMNS,
  addToTotals,
  emptyTotals,
  exportFilename,
  jakartaIso,
  ledgerRecord,
  ledgerTotalRecord,
  salesRecord,
  salesTotalRecord,
  writeCsv,
  type CsvRecord,
  type ExportNames,
} from "./ledger-export"

const names: ExportNames = {
  orders: new Map([["order_1", 1042]]),
  facilities: new Map([["fac_1", "Lapas Sukamiskin"]]),
  workshops: new Map([["wks_1", "Bengkel Tenun"]]),
  products: new Map([["prod_1", 'Kain Tenun, Motif "Garuda"']]),
  variants: new Map([["var_1", "TNN-GRD-1"]]),
  batches: new Map([["pbat_1", "TNN-2026-001"]]),
}

function entry(overrides: Partial<LedgerEntryRow> = {}): LedgerEntryRow {
  return {
    id: "imp_1",
    kind: "sale",
    order_id: "order_1",
    line_item_id: "item_1",
    product_id: "prod_1",
    variant_id: "var_1",
    batch_id: "pbat_1",
    workshop_id: "wks_1",
    facility_id: "fac_1",
    currency_code: "idr",
    occurred_at: "2026-03-01T17:30:05.123456Z",
    quantity: 2,
    amount: 300000,
    makers_amount: 150000,
    capital_amount: 105000,
    state_revenue_amount: 45000,
    ...overrides,
  }
}

async function csvOf(columns: typeof LEDGER_COLUMNS, records: CsvRecord[]) {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  await writeCsv(columns, records, sink)
  return Buffer.concat(chunks).toString("utf8")
}

describe("jakartaIso", () => {
  it("writes a UTC instant as Jakarta wall-clock time, crossing midnight", () => {
    expect(jakartaIso("2026-03-01T17:30:05.123456Z")).toBe("2026-03-02T00:30:05+07:00")
    expect(jakartaIso("2026-12-31T16:59:59.999999Z")).toBe("2026-12-31T23:59:59+07:00")
  })
})

describe("ledger records", () => {
  it("names the order, facility, workshop, product, SKU and batch", () => {
    expect(ledgerRecord(entry(), names)).toEqual({
      occurred_at: "2026-03-02T00:30:05+07:00",
      kind: "sale",
      order_display_id: 1042,
      facility: "Lapas Sukamiskin",
      workshop: "Bengkel Tenun",
      product: 'Kain Tenun, Motif "Garuda"',
      sku: "TNN-GRD-1",
      batch_code: "TNN-2026-001",
      quantity: 2,
      amount: 300000,
      makers_amount: 150000,
      capital_amount: 105000,
      state_revenue_amount: 45000,
    })
  })

  it("keeps an id whose name is gone and leaves a missing batch empty", () => {
    const record = ledgerRecord(
      entry({
        order_id: "order_gone",
        product_id: "prod_gone",
        batch_id: null,
        variant_id: null,
      }),
      names,
    )
    expect(record).toMatchObject({
      order_display_id: "order_gone",
      product: "prod_gone",
      sku: null,
      batch_code: null,
    })
  })

  it("sums sales and reversals into the TOTAL record", () => {
    const totals = emptyTotals()
    addToTotals(totals, entry())
    addToTotals(
      totals,
      entry({
        kind: "reversal",
        quantity: -1,
        amount: -150000,
        makers_amount: -75000,
        capital_amount: -52500,
        state_revenue_amount: -22500,
      }),
    )
    expect(ledgerTotalRecord(totals)).toEqual({
      occurred_at: "TOTAL",
      quantity: 1,
      amount: 150000,
      makers_amount: 75000,
      capital_amount: 52500,
      state_revenue_amount: 22500,
    })
  })

  it("writes daily sales with units, and their TOTAL", () => {
    const row = {
      day: "2026-03-02",
      facility_id: "fac_1",
      workshop_id: "wks_1",
      product_id: "prod_1",
      units: 3,
      amount: 450000,
      makers_amount: 225000,
      capital_amount: 157500,
      state_revenue_amount: 67500,
    }
    expect(salesRecord(row, names)).toMatchObject({
      date: "2026-03-02",
      facility: "Lapas Sukamiskin",
      units: 3,
      amount: 450000,
    })
    expect(salesTotalRecord(addToTotals(emptyTotals(), row))).toMatchObject({
      date: "TOTAL",
      units: 3,
      state_revenue_amount: 67500,
    })
  })
})

describe("writeCsv", () => {
  it("writes a UTF-8 header and plain integer amounts that read back unchanged", async () => {
    const csv = await csvOf(LEDGER_COLUMNS, [ledgerRecord(entry(), names)])
    expect(csv.startsWith("\uFEFFoccurred_at,kind,order_display_id,")).toBe(true)
    expect(csv).toContain(",300000,150000,105000,45000\n")
    const [header, row] = parse(csv, { bom: true }) as string[][]
    expect(header).toHaveLength(LEDGER_COLUMNS.length)
    expect(row[header.indexOf("product")]).toBe('Kain Tenun, Motif "Garuda"')
  })

  it("defuses text that a spreadsheet would run as a formula", async () => {
    const dangerous = ['=HYPERLINK("http://x")', "+62 812", "-2+3", "@SUM(A1)"]
    const csv = await csvOf(
      SALES_COLUMNS,
      dangerous.map((title, index) => ({
        date: "2026-03-02",
        product: title,
        units: index,
      })),
    )
    const products = (
      parse(csv, { bom: true, columns: true }) as Record<string, string>[]
    ).map((row) => row.product)
    expect(products).toEqual(dangerous.map((title) => `'${title}`))
  })

  it("keeps negative reversal amounts as numbers", async () => {
    const csv = await csvOf(LEDGER_COLUMNS, [
      ledgerRecord(
        entry({
          kind: "reversal",
          quantity: -2,
          amount: -300000,
          makers_amount: -150000,
          capital_amount: -105000,
          state_revenue_amount: -45000,
        }),
        names,
      ),
    ])
    expect(csv).toContain(",-2,-300000,-150000,-105000,-45000\n")
    expect(csv).not.toContain("'-")
  })
})

describe("exportFilename", () => {
  it("names the report, the facility (or every facility) and the period", () => {
    expect(exportFilename("ledger", "lapas-sukamiskin", "2026-01-01", "2026-01-31")).toBe(
      "ledger-lapas-sukamiskin-2026-01-01-2026-01-31.csv",
    )
    expect(exportFilename("sales", undefined, "2026-01-01", "2026-03-31")).toBe(
      "sales-semua-2026-01-01-2026-03-31.csv",
    )
    expect(exportFilename("sales", 'a"b/c', "2026-01-01", "2026-01-01")).toBe(
      "sales-a-b-c-2026-01-01-2026-01-01.csv",
    )
  })
})
