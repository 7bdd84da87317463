import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"

/**
 * The public shapes of quotes and invoices, the same for the partner and for
 * staff (who see the author ids of no one, like the partner).
 */
const amount = (value: unknown) =>
  value === null || value === undefined
    ? null
    : MathBN.convert(value as number).toNumber()

type QuoteRecord = Awaited<ReturnType<WholesaleModuleService["retrieveQuote"]>>
type InvoiceRecord = Awaited<ReturnType<WholesaleModuleService["retrieveInvoice"]>>

export const QUOTE_RELATIONS = ["items", "messages", "partner_shop"]

export function quoteView(quote: QuoteRecord) {
  const items = [...(quote.items ?? [])]
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((item) => ({
      id: item.id,
      variant_id: item.variant_id,
      product_id: item.product_id,
      product_title: item.product_title,
      variant_title: item.variant_title,
      sku: item.sku,
      quantity: item.quantity,
      note: item.note,
      unit_price: amount(item.unit_price),
    }))
  const priced = items.length > 0 && items.every((item) => item.unit_price !== null)
  return {
    id: quote.id,
    status: quote.status,
    notes: quote.notes,
    lead_time_days: quote.lead_time_days,
    valid_until: quote.valid_until,
    answered_at: quote.answered_at,
    decided_at: quote.decided_at,
    rejection_reason: quote.rejection_reason,
    order_id: quote.order_id,
    currency_code: quote.currency_code,
    created_at: quote.created_at,
    total: priced
      ? items.reduce((sum, item) => sum + item.unit_price! * item.quantity, 0)
      : null,
    partner_shop: quote.partner_shop
      ? { id: quote.partner_shop.id, business_name: quote.partner_shop.business_name }
      : null,
    items,
    messages: [...(quote.messages ?? [])]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((message) => ({
        id: message.id,
        author: message.author,
        body: message.body,
        created_at: message.created_at,
      })),
  }
}

export function invoiceView(invoice: InvoiceRecord, now = new Date()) {
  return {
    id: invoice.id,
    number: invoice.number,
    order_id: invoice.order_id,
    order_display_id: invoice.order_display_id,
    amount: amount(invoice.amount),
    currency_code: invoice.currency_code,
    terms_days: invoice.terms_days,
    issued_at: invoice.issued_at,
    due_at: invoice.due_at,
    status: invoice.status,
    paid_at: invoice.paid_at,
    overdue:
      invoice.status === "unpaid" &&
      Boolean(invoice.due_at) &&
      new Date(invoice.due_at!).getTime() < now.getTime(),
    business_name: invoice.business_name,
    npwp: invoice.npwp,
    address_1: invoice.address_1,
    city: invoice.city,
    province: invoice.province,
    postal_code: invoice.postal_code,
    partner_shop_id: invoice.partner_shop_id,
  }
}

/** One quote, optionally only if it belongs to the given shop; 404 otherwise. */
export async function retrieveQuoteView(
  scope: MedusaContainer,
  id: string,
  shopId?: string,
) {
  const wholesale: WholesaleModuleService = scope.resolve(WHOLESALE_MODULE)
  const [quote] = await wholesale.listQuotes(
    { id, ...(shopId ? { partner_shop_id: shopId } : {}) },
    { take: 1, relations: QUOTE_RELATIONS },
  )
  if (!quote) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Quote with id "${id}" was not found`,
    )
  }
  return quoteView(quote)
}
