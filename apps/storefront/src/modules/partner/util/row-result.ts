/** The cart page's `?info=` after a reorder that put every line into the cart. */
export const REORDERED_NOTICE = "pesan-lagi"

/** A row the backend added to the cart; row is 1-based. */
export type AddedRow = { row: number; sku: string; quantity: number; variant_id: string }

/** Why the backend refuses a row; each has a sentence in the buyer's language. */
export const REFUSAL_CODES = [
  "missing_sku",
  "unknown_sku",
  "not_for_sale",
  "invalid_quantity",
  "insufficient_stock",
  "below_minimum",
] as const

export type RefusalCode = (typeof REFUSAL_CODES)[number]

/**
 * A row the backend refused, and why: a known `code` (with `limit`, the units left or
 * the minimum) is worded by the storefront, anything else shows the backend's message.
 */
export type RefusedRow = {
  row: number
  sku: string | null
  field: "sku" | "quantity"
  code: RefusalCode | null
  limit: number | null
  message: string
}

/** What the quick order, the CSV upload and a reorder answer. */
export type RowResult = { added: AddedRow[]; errors: RefusedRow[]; cart_id: string }

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {}
}

function wholeNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null
}

function byRow<Row extends { row: number }>(a: Row, b: Row): number {
  return a.row - b.row
}

/**
 * The backend's RowResult, row by row in file order. What does not have the contract's
 * shape is left out rather than shown half, so a page never breaks on it.
 */
export function toRowResult(data: unknown): RowResult {
  const body = record(data)
  const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : [])
  const added = list(body.added).flatMap((row): AddedRow[] => {
    const number = wholeNumber(row.row)
    const quantity = wholeNumber(row.quantity)
    const sku = text(row.sku)
    const variantId = text(row.variant_id)
    return number !== null && quantity !== null && sku !== null && variantId !== null
      ? [{ row: number, sku, quantity, variant_id: variantId }]
      : []
  })
  const errors = list(body.errors).flatMap((row): RefusedRow[] => {
    const number = wholeNumber(row.row)
    const message = text(row.message)
    return number !== null && message !== null
      ? [
          {
            row: number,
            sku: text(row.sku),
            field: row.field === "quantity" ? "quantity" : "sku",
            code: REFUSAL_CODES.find((code) => code === row.code) ?? null,
            limit: wholeNumber(row.limit),
            message,
          },
        ]
      : []
  })
  return {
    added: added.sort(byRow),
    errors: errors.sort(byRow),
    cart_id: text(body.cart_id) ?? "",
  }
}

/** Units added over all rows. */
export function addedQuantity(result: RowResult): number {
  return result.added.reduce((sum, row) => sum + row.quantity, 0)
}

/**
 * The result with its rows renumbered: the backend numbers the rows it was sent, the
 * form numbers every row it shows, blank ones included. `rowNumbers[i]` is the form row
 * of the item sent at position i.
 */
export function renumberRows(
  result: RowResult,
  rowNumbers: readonly number[],
): RowResult {
  const formRow = (row: number) => rowNumbers[row - 1] ?? row
  return {
    ...result,
    added: result.added.map((row) => ({ ...row, row: formRow(row.row) })),
    errors: result.errors.map((row) => ({ ...row, row: formRow(row.row) })),
  }
}

/** The sentence for a refused row: the storefront's own for a known reason, else the backend's. */
export function refusalText(
  t: (key: `reasons.${RefusalCode}`, values: { limit: number }) => string,
  error: RefusedRow,
): string {
  return error.code
    ? t(`reasons.${error.code}`, { limit: error.limit ?? 0 })
    : error.message
}
