import type { PartnerPriceVariant } from "@/lib/data/partner"
import type { NewQuoteItem } from "@/lib/data/partner-documents"

/** The backend takes 1 to 50 rows per quote. */
export const MAX_QUOTE_ROWS = 50

export type QuoteRowValues = { sku: string; quantity: string; note: string }

export type QuoteFormValues = { rows: QuoteRowValues[]; notes: string }

export type QuoteRowError = {
  sku?: "required" | "unknown-sku"
  quantity?: "required" | "invalid-quantity"
}

export type QuoteFormProblem = "no-rows" | "too-many-rows"

export type QuoteFormCheck = {
  /** One entry per row of the values, empty when the row is fine. */
  rows: QuoteRowError[]
  problem?: QuoteFormProblem
}

function texts(formData: FormData, field: string): string[] {
  return formData
    .getAll(field)
    .map((value) => (typeof value === "string" ? value.trim() : ""))
}

/**
 * The rows as typed. Every row sends its SKU, quantity and note fields in that order, so
 * the n-th of each belong together; rows left entirely blank are dropped.
 */
export function readQuoteForm(formData: FormData): QuoteFormValues {
  const skus = texts(formData, "sku")
  const quantities = texts(formData, "quantity")
  const notes = texts(formData, "note")
  const rows = skus
    .map((sku, index) => ({
      sku,
      quantity: quantities[index] ?? "",
      note: notes[index] ?? "",
    }))
    .filter((row) => row.sku || row.quantity || row.note)
  const general = formData.get("notes")
  return { rows, notes: typeof general === "string" ? general.trim() : "" }
}

/**
 * A whole number of at least one. Indonesian writes a thousand as "1.000", so dots are
 * taken as thousands separators, but only where they group by three ("1.5" is refused).
 */
export function parseQuantity(value: string): number | null {
  if (!/^(\d{1,7}|\d{1,3}(\.\d{3}){1,2})$/.test(value)) {
    return null
  }
  const quantity = Number(value.replaceAll(".", ""))
  return quantity >= 1 && quantity <= 9_999_999 ? quantity : null
}

export function validateQuoteForm(values: QuoteFormValues): QuoteFormCheck {
  const rows = values.rows.map((row) => {
    const error: QuoteRowError = {}
    if (!row.sku) {
      error.sku = "required"
    }
    if (!row.quantity) {
      error.quantity = "required"
    } else if (parseQuantity(row.quantity) === null) {
      error.quantity = "invalid-quantity"
    }
    return error
  })
  if (values.rows.length === 0) {
    return { rows, problem: "no-rows" }
  }
  if (values.rows.length > MAX_QUOTE_ROWS) {
    return { rows, problem: "too-many-rows" }
  }
  return { rows }
}

export function hasQuoteFormErrors(check: QuoteFormCheck): boolean {
  return (
    check.problem !== undefined || check.rows.some((row) => Object.keys(row).length > 0)
  )
}

/**
 * The variant whose SKU is the one typed. The search also matches titles and parts of
 * SKUs, so only an exact SKU counts; letter case is forgiven when that leaves one match.
 */
export function findVariantIdBySku(
  products: readonly {
    variants: readonly Pick<PartnerPriceVariant, "variant_id" | "sku">[]
  }[],
  sku: string,
): string | null {
  const variants = products.flatMap((product) => product.variants)
  const exact = variants.find((variant) => variant.sku === sku)
  if (exact) {
    return exact.variant_id
  }
  const wanted = sku.toLowerCase()
  const loose = variants.filter((variant) => variant.sku?.toLowerCase() === wanted)
  const ids = new Set(loose.map((variant) => variant.variant_id))
  return ids.size === 1 ? loose[0].variant_id : null
}

/**
 * The request body for rows that all passed validation, with `variantIds` mapping each
 * row's SKU to its variant; rows whose SKU is missing from the map come back as errors.
 */
export function toQuoteItems(
  rows: readonly QuoteRowValues[],
  variantIds: ReadonlyMap<string, string | null>,
): { items: NewQuoteItem[]; rows: QuoteRowError[] } {
  const items: NewQuoteItem[] = []
  const errors = rows.map((row): QuoteRowError => {
    const variantId = variantIds.get(row.sku)
    const quantity = parseQuantity(row.quantity)
    if (!variantId) {
      return { sku: "unknown-sku" }
    }
    if (quantity === null) {
      return { quantity: "invalid-quantity" }
    }
    items.push({
      variant_id: variantId,
      quantity,
      ...(row.note ? { note: row.note } : {}),
    })
    return {}
  })
  return { items, rows: errors }
}
