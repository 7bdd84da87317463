import "server-only"

import { partnerStatusOrNone, type PartnerShop } from "@/lib/data/partner"
import { isStoreError, storeRequest } from "@/lib/data/store-api"

export type QuoteStatus = "requested" | "answered" | "accepted" | "rejected"

export type QuoteItem = {
  id: string
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  note: string | null
  unit_price: number | null
}

export type QuoteMessage = {
  id: string
  author: "partner" | "staff"
  body: string
  created_at: string
}

export type Quote = {
  id: string
  status: QuoteStatus
  notes: string | null
  lead_time_days: number | null
  valid_until: string | null
  answered_at: string | null
  decided_at: string | null
  rejection_reason: string | null
  order_id: string | null
  currency_code: string
  created_at: string
  total: number | null
  partner_shop: { id: string; business_name: string }
  items: QuoteItem[]
  messages: QuoteMessage[]
}

export type Invoice = {
  id: string
  number: string
  order_id: string
  order_display_id: number
  amount: number
  currency_code: string
  terms_days: number | null
  issued_at: string
  due_at: string | null
  status: "unpaid" | "paid" | "canceled"
  paid_at: string | null
  overdue: boolean
  business_name: string
  npwp: string
  address_1: string
  city: string
  province: string
  postal_code: string
  partner_shop_id: string
}

export type NewQuoteItem = { variant_id: string; quantity: number; note?: string }

/**
 * The active partner shop the logged-in customer buys for, or null for guests, customers
 * of no shop and buyers of a suspended one. Read through the partner status the account
 * menu reads too (once per request, never cached across customers). When the backend
 * cannot say, the buyer is treated as no partner: they can still pay another way.
 */
export async function retrievePartnerBuyerShop(): Promise<PartnerShop | null> {
  const { partner_shop } = await partnerStatusOrNone()
  return partner_shop?.status === "active" ? partner_shop : null
}

export async function isPartnerBuyer(): Promise<boolean> {
  return (await retrievePartnerBuyerShop()) !== null
}

/** The shop's quotes, newest first, without their messages. */
export async function listQuotes(): Promise<Quote[]> {
  const { quotes } = await storeRequest<{ quotes: Quote[] }>("/store/partner/quotes")
  return quotes
}

/** One of the shop's quotes with its messages; null for an unknown id or another shop's. */
export async function retrieveQuote(quoteId: string): Promise<Quote | null> {
  try {
    const { quote } = await storeRequest<{ quote: Quote }>(
      `/store/partner/quotes/${encodeURIComponent(quoteId)}`,
    )
    return quote
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    throw error
  }
}

export async function createQuote(body: {
  items: NewQuoteItem[]
  notes?: string
}): Promise<Quote> {
  const { quote } = await storeRequest<{ quote: Quote }>("/store/partner/quotes", {
    method: "POST",
    body,
  })
  return quote
}

export async function addQuoteMessage(quoteId: string, message: string): Promise<void> {
  await storeRequest(`/store/partner/quotes/${encodeURIComponent(quoteId)}/messages`, {
    method: "POST",
    body: { body: message },
  })
}

export async function acceptPartnerQuote(quoteId: string): Promise<void> {
  await storeRequest(`/store/partner/quotes/${encodeURIComponent(quoteId)}/accept`, {
    method: "POST",
    body: {},
  })
}

export async function rejectPartnerQuote(
  quoteId: string,
  reason?: string,
): Promise<void> {
  await storeRequest(`/store/partner/quotes/${encodeURIComponent(quoteId)}/reject`, {
    method: "POST",
    body: reason ? { reason } : {},
  })
}

/** The shop's invoices, newest first; with an order id, that order's only. */
export async function listInvoices(orderId?: string): Promise<Invoice[]> {
  const { invoices } = await storeRequest<{ invoices: Invoice[] }>(
    "/store/partner/invoices",
    { query: orderId ? { order_id: orderId } : undefined },
  )
  return invoices
}

/** An order's invoice when the customer is a partner buyer and the order has one. */
export async function retrieveOrderInvoice(orderId: string): Promise<Invoice | null> {
  if (!(await isPartnerBuyer())) {
    return null
  }
  const [invoice] = await listInvoices(orderId)
  return invoice ?? null
}
