import { Readable, type Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { stringify, type ColumnOption } from "csv-stringify"
import type { DailySales, ImpactTotals, LedgerEntryRow } from "../modules/impact/service"

/*
 * The impact ledger as CSV files for a facility's bookkeeping. Headers are
 * stable machine names so a spreadsheet template or an import keeps working;
 * amounts are whole rupiah written as plain integers (IDR has no minor unit,
 * and a thousands separator would turn a number into text).
 */

export type CsvRecord = Record<string, string | number | null>

export const LEDGER_COLUMNS: ColumnOption[] = [
  "occurred_at",
  "kind",
  "order_display_id",
  "facility",
  "workshop",
  "product",
  "sku",
  "batch_code",
  "quantity",
  "amount",
  "makers_amount",
  "capital_amount",
  "state_revenue_amount",
].map((key) => ({ key, header: key }))

export const SALES_COLUMNS: ColumnOption[] = [
  "date",
  "facility",
  "workshop",
  "product",
  "units",
  "amount",
  "makers_amount",
  "capital_amount",
  "state_revenue_amount",
].map((key) => ({ key, header: key }))

/** The first cell of the closing row, which sums every row above it. */
export const TOTAL_LABEL = "TOTAL"

/** Names shown instead of ids; an id without a name is written as itself. */
export type ExportNames = {
  orders: ReadonlyMap<string, number>
  facilities: ReadonlyMap<string, string>
  workshops: ReadonlyMap<string, string>
  products: ReadonlyMap<string, string>
  variants: ReadonlyMap<string, string>
  batches: ReadonlyMap<string, string>
}

/** Western Indonesia Time is UTC+7 all year: it has no daylight saving. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000

/** A UTC instant as Jakarta wall-clock time with its offset, to the second. */
export function jakartaIso(instant: string): string {
  const utc = new Date(Date.parse(`${instant.slice(0, 19)}Z`) + JAKARTA_OFFSET_MS)
  return `${utc.toISOString().slice(0, 19)}+07:00`
}

export function emptyTotals(): ImpactTotals {
  return {
    units: 0,
    amount: 0,
    makers_amount: 0,
    capital_amount: 0,
    state_revenue_amount: 0,
  }
}

export function addToTotals(
  totals: ImpactTotals,
  row: Omit<ImpactTotals, "units"> & { units?: number; quantity?: number },
): ImpactTotals {
  totals.units += row.units ?? row.quantity ?? 0
  totals.amount += row.amount
  totals.makers_amount += row.makers_amount
  totals.capital_amount += row.capital_amount
  totals.state_revenue_amount += row.state_revenue_amount
  return totals
}

const rupiah = (amount: number) => Math.round(amount)

function amounts(row: Omit<ImpactTotals, "units">) {
  return {
    amount: rupiah(row.amount),
    makers_amount: rupiah(row.makers_amount),
    capital_amount: rupiah(row.capital_amount),
    state_revenue_amount: rupiah(row.state_revenue_amount),
  }
}

const nameOf = (names: ReadonlyMap<string, string>, id: string | null) =>
  id === null ? null : (names.get(id) ?? id)

export function ledgerRecord(entry: LedgerEntryRow, names: ExportNames): CsvRecord {
  return {
    occurred_at: jakartaIso(entry.occurred_at),
    kind: entry.kind,
    order_display_id: names.orders.get(entry.order_id) ?? entry.order_id,
    facility: nameOf(names.facilities, entry.facility_id),
    workshop: nameOf(names.workshops, entry.workshop_id),
    product: nameOf(names.products, entry.product_id),
    sku: nameOf(names.variants, entry.variant_id),
    batch_code: nameOf(names.batches, entry.batch_id),
    quantity: entry.quantity,
    ...amounts(entry),
  }
}

export function ledgerTotalRecord(totals: ImpactTotals): CsvRecord {
  return { occurred_at: TOTAL_LABEL, quantity: totals.units, ...amounts(totals) }
}

export function salesRecord(row: DailySales, names: ExportNames): CsvRecord {
  return {
    date: row.day,
    facility: nameOf(names.facilities, row.facility_id),
    workshop: nameOf(names.workshops, row.workshop_id),
    product: nameOf(names.products, row.product_id),
    units: row.units,
    ...amounts(row),
  }
}

export function salesTotalRecord(totals: ImpactTotals): CsvRecord {
  return { date: TOTAL_LABEL, units: totals.units, ...amounts(totals) }
}

/** "ledger-lapas-sukamiskin-2026-01-01-2026-01-31.csv"; "semua" when every facility. */
export function exportFilename(
  report: "ledger" | "sales",
  facilityHandle: string | undefined,
  from: string,
  to: string,
): string {
  const scope = (facilityHandle ?? "semua").toLowerCase().replace(/[^a-z0-9-]+/g, "-")
  return `${report}-${scope}-${from}-${to}.csv`
}

/**
 * A CSV writer for these reports. The byte-order mark makes spreadsheets read
 * the file as UTF-8. `escape_formulas` prefixes an apostrophe to a text cell
 * starting with = + - @, tab or carriage return, so a product or workshop name
 * can never run as a formula in an accountant's spreadsheet; numbers, negative
 * reversals included, stay numbers.
 */
export function csvWriter(columns: ColumnOption[]) {
  return stringify({ header: true, columns, bom: true, escape_formulas: true })
}

/**
 * Writes records to the destination as they come, with backpressure: a slow
 * download pauses the reading instead of piling pages up in memory.
 */
export async function writeCsv(
  columns: ColumnOption[],
  records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>,
  destination: Writable,
): Promise<void> {
  await pipeline(Readable.from(records), csvWriter(columns), destination)
}
