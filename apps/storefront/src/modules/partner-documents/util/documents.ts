import type { Invoice, Quote, QuoteItem } from "@/lib/data/partner-documents"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An NPWP written the way tax documents print it: the 15-digit form as
 * 01.234.567.8-901.000, the 16-digit form (NIK-based, since 2024) in groups of four.
 * Anything else is shown as stored rather than guessed at.
 */
export function formatNpwp(npwp: string): string {
  const digits = npwp.replace(/\D/g, "")
  if (digits.length === 15) {
    return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}.${digits.slice(8, 9)}-${digits.slice(9, 12)}.${digits.slice(12)}`
  }
  if (digits.length === 16) {
    return digits.match(/\d{4}/g)!.join(" ")
  }
  return npwp
}

export type InvoiceStanding = "unpaid" | "overdue" | "paid" | "canceled"

/**
 * Where an invoice stands for its buyer. The backend's `overdue` is computed when it
 * answers; a due date already behind `now` counts too, so a page never calls a late
 * invoice merely unpaid.
 */
export function invoiceStanding(
  invoice: Pick<Invoice, "status" | "overdue" | "due_at">,
  now: Date,
): InvoiceStanding {
  if (invoice.status !== "unpaid") {
    return invoice.status
  }
  const pastDue =
    invoice.due_at !== null && new Date(invoice.due_at).getTime() < now.getTime()
  return invoice.overdue || pastDue ? "overdue" : "unpaid"
}

export type QuoteStanding = "requested" | "answered" | "expired" | "accepted" | "rejected"

/** An answered quote can be accepted only until its valid-until moment. */
export function quoteStanding(
  quote: Pick<Quote, "status" | "valid_until">,
  now: Date,
): QuoteStanding {
  if (
    quote.status === "answered" &&
    quote.valid_until !== null &&
    new Date(quote.valid_until).getTime() < now.getTime()
  ) {
    return "expired"
  }
  return quote.status
}

/**
 * When the goods should be ready: the lead time counted from the acceptance, or, while
 * the quote is still open, from `now` (what accepting today would mean). Null without a
 * lead time or once the quote is rejected.
 */
export function expectedReadyDate(
  quote: Pick<Quote, "status" | "lead_time_days" | "decided_at">,
  now: Date,
): Date | null {
  if (quote.lead_time_days === null || quote.status === "rejected") {
    return null
  }
  const start =
    quote.status === "accepted" && quote.decided_at ? new Date(quote.decided_at) : now
  return new Date(start.getTime() + quote.lead_time_days * DAY_MS)
}

/** How many units a quote asks for, across its rows. */
export function quoteUnitCount(quote: {
  items: readonly Pick<QuoteItem, "quantity">[]
}): number {
  return quote.items.reduce((sum, item) => sum + item.quantity, 0)
}
