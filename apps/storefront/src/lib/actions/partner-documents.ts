"use server"

import { getLocale } from "next-intl/server"
import { refresh } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { listPartnerPrices } from "@/lib/data/partner"
import {
  acceptPartnerQuote,
  addQuoteMessage,
  createQuote,
  rejectPartnerQuote,
} from "@/lib/data/partner-documents"
import { isStoreError, storeErrorMessage } from "@/lib/data/store-api"
import { LOGIN_PAGE, RETURN_PARAM } from "@/modules/account/util/return-path"
import {
  findVariantIdBySku,
  hasQuoteFormErrors,
  type QuoteFormProblem,
  type QuoteFormValues,
  type QuoteRowError,
  readQuoteForm,
  toQuoteItems,
  validateQuoteForm,
} from "@/modules/partner-documents/util/quote-form"

const QUOTES_PAGE = "/akun/mitra/penawaran"

/** Why a request did not go through; `refused` comes with the backend's own reason. */
export type QuoteActionError = "not-partner" | "refused" | "failed"

type Outcome = { error?: QuoteActionError; detail?: string }

export type QuoteRequestState = {
  values: QuoteFormValues
  rows: QuoteRowError[]
  error?: QuoteActionError | QuoteFormProblem
  detail?: string
}

export type QuoteMessageState = Outcome & {
  body: string
  bodyError?: "required"
  sent?: boolean
}

export type QuoteDecisionState = Outcome & { reason?: string }

async function goTo(href: string | { pathname: string; query: Record<string, string> }) {
  return redirect({ href, locale: await getLocale() })
}

function toLogin(returnTo: string) {
  return goTo({ pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: returnTo } })
}

async function requireLogin(returnTo: string): Promise<void> {
  if (!(await retrieveCustomer())) {
    await toLogin(returnTo)
  }
}

/** A refused request in the buyer's terms; an expired login goes to the login page. */
async function outcomeOf(action: string, error: unknown, page: string): Promise<Outcome> {
  if (isStoreError(error, 401)) {
    return toLogin(page)
  }
  if (isStoreError(error, 403)) {
    return { error: "not-partner" }
  }
  const detail = storeErrorMessage(error)
  if (detail !== undefined) {
    return { error: "refused", detail }
  }
  console.error(`[storefront] ${action} failed:`, error)
  return { error: "failed" }
}

function readQuoteId(formData: FormData): string | null {
  const value = formData.get("quote_id")
  return typeof value === "string" && /^[\w-]{1,100}$/.test(value) ? value : null
}

function quotePage(quoteId: string): string {
  return `${QUOTES_PAGE}/${quoteId}`
}

/** The prices route matches SKUs in `q`, titles too: the most it gives, to find the SKU. */
const SKU_SEARCH_LIMIT = 100

/** Each SKU once, even when several rows ask for the same variant. */
async function resolveSkus(skus: string[]): Promise<Map<string, string | null>> {
  const distinct = [...new Set(skus)]
  const found = await Promise.all(
    distinct.map(async (sku) => {
      const { products } = await listPartnerPrices({
        q: sku,
        limit: SKU_SEARCH_LIMIT,
        offset: 0,
      })
      return findVariantIdBySku(products, sku)
    }),
  )
  return new Map(distinct.map((sku, index) => [sku, found[index]]))
}

/**
 * Asks for a quote. Rows name variants by SKU, which the buyer knows from the price list;
 * the backend wants variant ids, so they are looked up here and an unknown SKU is
 * reported on its row.
 */
export async function requestQuote(
  _previous: QuoteRequestState,
  formData: FormData,
): Promise<QuoteRequestState> {
  await requireLogin(QUOTES_PAGE)
  const values = readQuoteForm(formData)
  const check = validateQuoteForm(values)
  if (hasQuoteFormErrors(check)) {
    return { values, rows: check.rows, error: check.problem }
  }
  let quoteId: string
  try {
    const resolved = toQuoteItems(
      values.rows,
      await resolveSkus(values.rows.map((row) => row.sku)),
    )
    if (hasQuoteFormErrors({ rows: resolved.rows })) {
      return { values, rows: resolved.rows }
    }
    const quote = await createQuote({
      items: resolved.items,
      ...(values.notes ? { notes: values.notes } : {}),
    })
    quoteId = quote.id
  } catch (error) {
    return {
      values,
      rows: [],
      ...(await outcomeOf("requesting a quote", error, QUOTES_PAGE)),
    }
  }
  return goTo({ pathname: quotePage(quoteId), query: { status: "terkirim" } })
}

export async function sendQuoteMessage(
  _previous: QuoteMessageState,
  formData: FormData,
): Promise<QuoteMessageState> {
  const quoteId = readQuoteId(formData)
  await requireLogin(quoteId ? quotePage(quoteId) : QUOTES_PAGE)
  const raw = formData.get("body")
  const body = typeof raw === "string" ? raw.trim() : ""
  if (!body) {
    return { body, bodyError: "required" }
  }
  if (!quoteId) {
    return { body, error: "failed" }
  }
  try {
    await addQuoteMessage(quoteId, body)
  } catch (error) {
    return {
      body,
      ...(await outcomeOf("sending a quote message", error, quotePage(quoteId))),
    }
  }
  refresh()
  return { body: "", sent: true }
}

export async function acceptQuote(
  _previous: QuoteDecisionState,
  formData: FormData,
): Promise<QuoteDecisionState> {
  const quoteId = readQuoteId(formData)
  if (!quoteId) {
    return { error: "failed" }
  }
  await requireLogin(quotePage(quoteId))
  try {
    await acceptPartnerQuote(quoteId)
  } catch (error) {
    return outcomeOf("accepting a quote", error, quotePage(quoteId))
  }
  return goTo({ pathname: quotePage(quoteId), query: { status: "diterima" } })
}

export async function rejectQuote(
  _previous: QuoteDecisionState,
  formData: FormData,
): Promise<QuoteDecisionState> {
  const quoteId = readQuoteId(formData)
  const raw = formData.get("reason")
  const reason = typeof raw === "string" ? raw.trim() : ""
  if (!quoteId) {
    return { reason, error: "failed" }
  }
  await requireLogin(quotePage(quoteId))
  try {
    await rejectPartnerQuote(quoteId, reason || undefined)
  } catch (error) {
    return {
      reason,
      ...(await outcomeOf("rejecting a quote", error, quotePage(quoteId))),
    }
  }
  return goTo({ pathname: quotePage(quoteId), query: { status: "ditolak" } })
}
