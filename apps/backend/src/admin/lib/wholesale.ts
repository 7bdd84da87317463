import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminGet, adminPost } from "./client"
import { PAGE_SIZE } from "./queries"
import type { Page } from "./types"

/*
 * The wholesale admin API (partner applications, partner shops, quotes,
 * invoices, minimum order quantities) as the dashboard receives it. Amounts
 * are whole rupiah, dates ISO strings.
 */

export const APPLICATION_STATUSES = ["pending", "approved", "rejected"] as const

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export type PartnerApplication = {
  id: string
  business_name: string
  /** Digits only, as stored. */
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  expected_monthly_volume: number
  notes: string | null
  status: ApplicationStatus
  rejection_reason: string | null
  reviewed_at: string | null
  created_at: string
  partner_shop_id: string | null
}

export const PARTNER_SHOP_STATUSES = ["active", "suspended"] as const

export type PartnerShopStatus = (typeof PARTNER_SHOP_STATUSES)[number]

export type PartnerBuyer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type CustomerGroupOption = { id: string; name: string }

export type PartnerShop = {
  id: string
  business_name: string
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  payment_terms_days: number
  status: PartnerShopStatus
  created_at: string
  customer_group: CustomerGroupOption | null
  buyers: PartnerBuyer[]
}

export const QUOTE_STATUSES = ["requested", "answered", "accepted", "rejected"] as const

export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

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
  /** Set once the quote is answered: the sum of unit price times quantity. */
  total: number | null
  partner_shop: { id: string; business_name: string }
  items: QuoteItem[]
  /** Oldest first. */
  messages: QuoteMessage[]
}

export type QuoteDetail = Quote & {
  /**
   * What the workshops' stated weekly capacity gives for these quantities;
   * null when a workshop of an item states no capacity.
   */
  suggested_lead_time_days: number | null
}

/** Staff may (re)answer a quote until the partner has decided on it. */
export const canReply = (quote: Quote) =>
  quote.status === "requested" || quote.status === "answered"

export const INVOICE_STATUSES = ["unpaid", "paid", "canceled"] as const

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export type Invoice = {
  id: string
  number: string
  order_id: string
  order_display_id: number
  amount: number
  currency_code: string
  terms_days: number | null
  issued_at: string
  /** Null when the order was paid up front, without terms. */
  due_at: string | null
  status: InvoiceStatus
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

/** The invoice filters staff choose from; "overdue" is unpaid past its due date. */
export const INVOICE_FILTERS = ["unpaid", "overdue", "paid"] as const

export type InvoiceFilter = (typeof INVOICE_FILTERS)[number]

/** The bounds the server enforces, so a form can point at the field first. */
export const WHOLESALE_LIMITS = {
  maxPaymentTermsDays: 90,
  minReasonLength: 3,
  maxValidDays: 90,
  defaultValidDays: 14,
  defaultPaymentTermsDays: 30,
}

/** Every key starts here, and any wholesale write refreshes them all. */
const ROOT = "wholesale"

type Paged = { offset: number }

export function usePartnerApplications(
  params: Paged & { status?: ApplicationStatus | ""; q?: string },
) {
  return useQuery({
    queryKey: [ROOT, "applications", params],
    queryFn: () =>
      adminGet<Page<"partner_applications", PartnerApplication>>(
        "/admin/partner-applications",
        { ...params, limit: PAGE_SIZE },
      ),
    placeholderData: keepPreviousData,
  })
}

export function usePartnerGroups() {
  return useQuery({
    queryKey: [ROOT, "groups"],
    queryFn: () =>
      adminGet<{ customer_groups: CustomerGroupOption[] }>("/admin/partner-groups"),
  })
}

export function usePartnerShops(params: Paged & { q?: string }) {
  return useQuery({
    queryKey: [ROOT, "shops", params],
    queryFn: () =>
      adminGet<Page<"partner_shops", PartnerShop>>("/admin/partner-shops", {
        ...params,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function usePartnerShop(id: string) {
  return useQuery({
    queryKey: [ROOT, "shop", id],
    queryFn: () => adminGet<{ partner_shop: PartnerShop }>(`/admin/partner-shops/${id}`),
  })
}

export function useQuotes(params: Paged & { status?: QuoteStatus | "" }) {
  return useQuery({
    queryKey: [ROOT, "quotes", params],
    queryFn: () =>
      adminGet<Page<"quotes", Quote>>("/admin/quotes", {
        ...params,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useQuote(id: string) {
  return useQuery({
    queryKey: [ROOT, "quote", id],
    queryFn: () => adminGet<{ quote: QuoteDetail }>(`/admin/quotes/${id}`),
  })
}

/** The query for an invoice filter: overdue invoices are the unpaid ones past due. */
function invoiceQuery(filter: InvoiceFilter | "") {
  switch (filter) {
    case "overdue":
      return { status: "unpaid", overdue: "true" }
    case "":
      return {}
    default:
      return { status: filter }
  }
}

export function useInvoices(params: Paged & { filter: InvoiceFilter | "" }) {
  return useQuery({
    queryKey: [ROOT, "invoices", params],
    queryFn: () =>
      adminGet<Page<"invoices", Invoice>>("/admin/invoices", {
        ...invoiceQuery(params.filter),
        offset: params.offset,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useProductWholesale(productId: string) {
  return useQuery({
    queryKey: [ROOT, "product", productId],
    queryFn: () =>
      adminGet<{ minimum_order_quantity: number | null }>(
        `/admin/products/${productId}/wholesale`,
      ),
  })
}

/** A POST to the wholesale admin API that refreshes every wholesale query. */
export function useWholesaleWrite<TBody extends object, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => adminPost<TResult>(path, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }),
  })
}

/** Marks one invoice of a list as paid; the invoice is chosen per call. */
export function useMarkInvoicePaid() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      adminPost<{ invoice: Invoice }>(`/admin/invoices/${id}/mark-paid`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }),
  })
}

export type ApproveBody = { customer_group_id?: string; payment_terms_days: number }

export type ReplyBody = {
  items: { id: string; unit_price: number }[]
  lead_time_days?: number
  valid_days: number
  message?: string
}

/** The sum of the priced lines, and how many lines still lack a price. */
export function runningTotal(lines: { quantity: number; unit_price: number | null }[]) {
  let total = 0
  let unpriced = 0
  for (const line of lines) {
    if (line.unit_price === null) unpriced += 1
    else total += line.unit_price * line.quantity
  }
  return { total, unpriced }
}

/** A postal address on its lines, as a shop or an applicant gave it. */
export function formatAddress(address: {
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
}): string {
  return [
    address.address_1,
    address.address_2,
    `${address.city}, ${address.province} ${address.postal_code}`,
    address.country_code.toUpperCase(),
  ]
    .filter(Boolean)
    .join("\n")
}
