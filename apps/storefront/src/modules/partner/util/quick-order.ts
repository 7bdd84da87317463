import type { RowResult } from "./row-result"

/** Rows the quick order form starts with; "add row" gives more. */
export const QUICK_ORDER_START_ROWS = 5
/** The backend takes at most this many rows in one quick order. */
export const QUICK_ORDER_MAX_ROWS = 200
/** A CSV of 200 rows is a few kilobytes; anything this big is not one. */
export const MAX_CSV_BYTES = 100_000

export type QuickOrderRow = { sku: string; quantity: string }

export type RowProblem = {
  row: number
  sku: string | null
  field: "sku" | "quantity"
  code: "missing-sku" | "missing-quantity" | "invalid-quantity"
}

export type QuickOrderItems = {
  items: { sku: string; quantity: number }[]
  /** The form row of each item, for renumbering the backend's answer. */
  rowNumbers: number[]
  /** Rows that cannot be sent as they are. */
  problems: RowProblem[]
}

function text(value: FormDataEntryValue | undefined): string {
  return typeof value === "string" ? value.trim() : ""
}

/** The form's rows in order: every row has one `sku` and one `quantity` field. */
export function readQuickOrderRows(formData: FormData): QuickOrderRow[] {
  const skus = formData.getAll("sku")
  const quantities = formData.getAll("quantity")
  return Array.from({ length: Math.max(skus.length, quantities.length) }, (_, index) => ({
    sku: text(skus[index]),
    quantity: text(quantities[index]),
  }))
}

/**
 * The rows to send, blank rows skipped. A row needs a SKU and a whole quantity of at
 * least 1 to be sent at all; whether the SKU exists and the quantity suits is the
 * backend's to say.
 */
export function toQuickOrderItems(rows: readonly QuickOrderRow[]): QuickOrderItems {
  const result: QuickOrderItems = { items: [], rowNumbers: [], problems: [] }
  rows.forEach(({ sku, quantity }, index) => {
    const row = index + 1
    if (!sku && !quantity) {
      return
    }
    if (!sku) {
      result.problems.push({ row, sku: null, field: "sku", code: "missing-sku" })
      return
    }
    if (!quantity) {
      result.problems.push({ row, sku, field: "quantity", code: "missing-quantity" })
      return
    }
    const amount = /^\d{1,6}$/.test(quantity) ? Number(quantity) : 0
    if (amount < 1) {
      result.problems.push({ row, sku, field: "quantity", code: "invalid-quantity" })
      return
    }
    result.items.push({ sku, quantity: amount })
    result.rowNumbers.push(row)
  })
  return result
}

/** Blank rows up to the form's starting size. */
export function padRows(rows: readonly QuickOrderRow[]): QuickOrderRow[] {
  const padding = Math.max(0, QUICK_ORDER_START_ROWS - rows.length)
  return [...rows, ...Array.from({ length: padding }, () => ({ sku: "", quantity: "" }))]
}

/**
 * What the form shows after an answer: rows that went into the cart are emptied so they
 * are not sent twice, refused rows stay where they were (their numbers still match the
 * answer), and blank rows at the end are dropped.
 */
export function rowsAfterResult(
  rows: readonly QuickOrderRow[],
  result: Pick<RowResult, "added">,
): QuickOrderRow[] {
  const added = new Set(result.added.map((row) => row.row))
  const kept = rows.map((row, index) =>
    added.has(index + 1) ? { sku: "", quantity: "" } : row,
  )
  let end = kept.length
  while (end > 0 && !kept[end - 1].sku && !kept[end - 1].quantity) {
    end -= 1
  }
  return padRows(kept.slice(0, end))
}

/** What the quick order page shows as an example and offers as a file to start from. */
export const CSV_EXAMPLE = "sku,quantity\nKRP-SINGKONG-250,24\nTAS-ANYAM-M,6\n"

export function csvExampleHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(CSV_EXAMPLE)}`
}
