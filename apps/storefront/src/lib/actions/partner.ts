"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { refresh } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { openCustomerCartId } from "@/lib/data/cart"
import { isLoggedIn } from "@/lib/data/cookies"
import {
  addQuickOrder,
  reorderPartnerOrder,
  submitPartnerApplication,
} from "@/lib/data/partner"
import { isStoreError, storeErrorMessage } from "@/lib/data/store-api"
import { LOGIN_PAGE, RETURN_PARAM } from "@/modules/account/util/return-path"
import {
  type ApplicationField,
  type ApplicationValues,
  applicationRefusal,
  emptyApplication,
  readApplicationForm,
  toApplicationBody,
} from "@/modules/partner/util/application-form"
import {
  MAX_CSV_BYTES,
  padRows,
  QUICK_ORDER_MAX_ROWS,
  type QuickOrderRow,
  readQuickOrderRows,
  rowsAfterResult,
  toQuickOrderItems,
} from "@/modules/partner/util/quick-order"
import {
  REORDERED_NOTICE,
  renumberRows,
  type RowResult,
} from "@/modules/partner/util/row-result"

export type ApplicationFormState = {
  status: "idle" | "invalid" | "error" | "sent"
  values: ApplicationValues
  /** The backend's words, next to the field they are about. */
  errors: Partial<Record<ApplicationField, string>>
  error?: "refused" | "failed"
  /** A refusal no single field explains, in the backend's words. */
  detail?: string
  /** The business the sent application is for. */
  businessName?: string
}

/** Anyone may apply; a logged-in customer's application remembers the account. */
export async function applyForPartnership(
  _previous: ApplicationFormState,
  formData: FormData,
): Promise<ApplicationFormState> {
  const values = readApplicationForm(formData)
  try {
    const application = await submitPartnerApplication(toApplicationBody(values))
    return {
      status: "sent",
      values: emptyApplication(),
      errors: {},
      businessName: application.business_name,
    }
  } catch (error) {
    if (isStoreError(error, 400)) {
      const { fields, other } = applicationRefusal(storeErrorMessage(error) ?? "")
      const unexplained = other.length > 0 || Object.keys(fields).length === 0
      return {
        status: "invalid",
        values,
        errors: fields,
        ...(unexplained ? { error: "refused", detail: other.join(" ") } : {}),
      }
    }
    console.error("[storefront] sending a partner application failed:", error)
    return { status: "error", values, errors: {}, error: "failed" }
  }
}

type RowsError = "not-partner" | "refused" | "failed"
type RowsOutcome = { result: RowResult } | { error: RowsError; detail?: string }

async function goToLogin(returnTo: string): Promise<never> {
  return redirect({
    href: { pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: returnTo } },
    locale: await getLocale(),
  })
}

/**
 * Adds rows to the customer's cart through a partner route. The cart is opened and
 * claimed first, as adding one product does; a login that expired on the way leads to
 * the login page, which brings the buyer back to `returnTo`.
 */
async function addRows(
  returnTo: string,
  send: (cartId: string) => Promise<RowResult>,
): Promise<RowsOutcome> {
  if (!(await isLoggedIn())) {
    return goToLogin(returnTo)
  }
  let outcome: RowsOutcome | "login"
  try {
    outcome = { result: await send(await openCustomerCartId()) }
  } catch (error) {
    if (isStoreError(error, 401)) {
      outcome = "login"
    } else if (isStoreError(error, 403)) {
      outcome = { error: "not-partner" }
    } else {
      console.error("[storefront] adding partner rows to the cart failed:", error)
      const detail = storeErrorMessage(error)
      outcome = detail ? { error: "refused", detail } : { error: "failed" }
    }
  }
  if (outcome === "login") {
    return goToLogin(returnTo)
  }
  return outcome
}

export type QuickOrderError = "empty" | "too-many" | "invalid-rows" | RowsError

export type QuickOrderState = {
  /** What the form shows: the rows as typed, those put into the cart emptied. */
  rows: QuickOrderRow[]
  /** Rows numbered as the form numbers them. */
  result?: RowResult
  error?: QuickOrderError
  detail?: string
  /** Counts the answers, so the form's fields start again from `rows` after each one. */
  round: number
}

const QUICK_ORDER_PAGE = "/akun/mitra/pesan-cepat"

/**
 * The quick order table. Its "add row" button submits too when JavaScript is off: the
 * form comes back with one more row and nothing is ordered.
 */
export async function quickOrder(
  previous: QuickOrderState,
  formData: FormData,
): Promise<QuickOrderState> {
  const rows = readQuickOrderRows(formData)
  const round = previous.round + 1
  if (formData.get("intent") === "add-row") {
    const more = rows.length < QUICK_ORDER_MAX_ROWS ? [{ sku: "", quantity: "" }] : []
    return { rows: padRows([...rows, ...more]), round }
  }
  const { items, rowNumbers, problems } = toQuickOrderItems(rows)
  if (problems.length > 0) {
    const t = await getTranslations("partner.quickOrder.problems")
    return {
      rows: padRows(rows),
      round,
      error: "invalid-rows",
      result: {
        added: [],
        errors: problems.map(({ code, ...row }) => ({
          ...row,
          code: null,
          limit: null,
          message: t(code),
        })),
        cart_id: "",
      },
    }
  }
  if (items.length === 0 || items.length > QUICK_ORDER_MAX_ROWS) {
    return {
      rows: padRows(rows),
      round,
      error: items.length === 0 ? "empty" : "too-many",
    }
  }
  const outcome = await addRows(QUICK_ORDER_PAGE, (cartId) =>
    addQuickOrder(cartId, { items }),
  )
  if (!("result" in outcome)) {
    return { rows: padRows(rows), round, ...outcome }
  }
  const result = renumberRows(outcome.result, rowNumbers)
  if (result.added.length > 0) {
    // The header's cart badge is part of the page that called this.
    refresh()
  }
  return { rows: rowsAfterResult(rows, result), round, result }
}

export type CsvOrderState = {
  result?: RowResult
  error?: "no-file" | "file-too-large" | RowsError
  detail?: string
  fileName?: string
}

/** The CSV is read here and sent as text; the backend parses and checks it. */
export async function uploadQuickOrderCsv(
  _previous: CsvOrderState,
  formData: FormData,
): Promise<CsvOrderState> {
  const file = formData.get("csv")
  if (!(file instanceof File) || file.size === 0) {
    return { error: "no-file" }
  }
  if (file.size > MAX_CSV_BYTES) {
    return { error: "file-too-large", fileName: file.name }
  }
  const csv = await file.text()
  const outcome = await addRows(QUICK_ORDER_PAGE, (cartId) =>
    addQuickOrder(cartId, { csv }),
  )
  if ("result" in outcome && outcome.result.added.length > 0) {
    refresh()
  }
  return { ...outcome, fileName: file.name }
}

export type ReorderState = {
  result?: RowResult
  error?: "invalid-order" | RowsError
  detail?: string
}

/**
 * Puts an order's lines into the cart again. When every line went in, the buyer goes to
 * the cart; otherwise the order page shows which lines did not.
 */
export async function reorder(
  _previous: ReorderState,
  formData: FormData,
): Promise<ReorderState> {
  const orderId = formData.get("order_id")
  if (typeof orderId !== "string" || !/^[\w-]{1,100}$/.test(orderId)) {
    return { error: "invalid-order" }
  }
  const outcome = await addRows(`/akun/pesanan/${orderId}`, (cartId) =>
    reorderPartnerOrder(orderId, cartId),
  )
  if (!("result" in outcome)) {
    return outcome
  }
  const { result } = outcome
  if (result.errors.length === 0 && result.added.length > 0) {
    return redirect({
      href: { pathname: "/keranjang", query: { info: REORDERED_NOTICE } },
      locale: await getLocale(),
    })
  }
  if (result.added.length > 0) {
    refresh()
  }
  return { result }
}
