import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { partnerShopOfCustomer, type PartnerShopRecord } from "../../../lib/partner-shops"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../../modules/invoice-payment"
import { wholesaleService } from "./wholesale-service"

const DAY = 24 * 60 * 60 * 1000

type OrderForInvoice = {
  id: string
  display_id: number
  customer_id: string | null
  currency_code: string
  total: BigNumberInput
  created_at: string | Date
  payment_collections?: { payment_sessions?: { provider_id: string }[] | null }[] | null
}

export type InvoicePlan = {
  order: Omit<OrderForInvoice, "payment_collections">
  shop: PartnerShopRecord
  terms_days: number | null
}

/** "INV/2026/000123": the year it was issued and the order number. */
export function invoiceNumber(displayId: number, issuedAt: Date): string {
  return `INV/${issuedAt.getUTCFullYear()}/${String(displayId).padStart(6, "0")}`
}

/**
 * Decides whether an order gets an invoice: every order of a partner buyer
 * does (for its tax data); those paid by invoice also get payment terms.
 * Null when the buyer is no partner or the order already has its invoice.
 */
export const planOrderInvoiceStep = createStep(
  "plan-order-invoice",
  async (input: { order_id: string; paid_by_invoice?: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "customer_id",
        "currency_code",
        "total",
        "created_at",
        "payment_collections.payment_sessions.provider_id",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderForInvoice | undefined
    if (!order) {
      return new StepResponse(null)
    }
    const [shop, existing] = await Promise.all([
      partnerShopOfCustomer(container, order.customer_id),
      wholesaleService(container).listInvoices({ order_id: order.id }, { take: 1 }),
    ])
    if (!shop || existing.length) {
      return new StepResponse(null)
    }
    const byInvoice =
      input.paid_by_invoice ??
      (order.payment_collections ?? []).some((collection) =>
        (collection.payment_sessions ?? []).some(
          (session) => session.provider_id === INVOICE_PAYMENT_PROVIDER_ID,
        ),
      )
    const { payment_collections: _sessions, ...orderFacts } = order
    const plan: InvoicePlan = {
      order: orderFacts,
      shop,
      terms_days: byInvoice ? shop.payment_terms_days : null,
    }
    return new StepResponse(plan)
  },
)

/** Issues the invoice with the shop's tax data as it is today. */
export const createInvoiceStep = createStep(
  "create-invoice",
  async (plan: InvoicePlan, { container }) => {
    const issuedAt = new Date()
    const invoice = await wholesaleService(container).createInvoices({
      number: invoiceNumber(plan.order.display_id, issuedAt),
      order_id: plan.order.id,
      order_display_id: plan.order.display_id,
      amount: MathBN.convert(plan.order.total).toNumber(),
      currency_code: plan.order.currency_code,
      terms_days: plan.terms_days,
      issued_at: issuedAt,
      due_at:
        plan.terms_days === null
          ? null
          : new Date(issuedAt.getTime() + plan.terms_days * DAY),
      // Paid up front means nothing is owed on this invoice.
      status: plan.terms_days === null ? "paid" : "unpaid",
      paid_at: plan.terms_days === null ? issuedAt : null,
      business_name: plan.shop.business_name,
      npwp: plan.shop.npwp,
      address_1: plan.shop.address_1,
      city: plan.shop.city,
      province: plan.shop.province,
      postal_code: plan.shop.postal_code,
      partner_shop_id: plan.shop.id,
    })
    return new StepResponse(invoice, invoice.id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).deleteInvoices(id)
    }
  },
)

type PaymentRow = {
  id: string
  provider_id: string
  captured_at: string | null
  canceled_at: string | null
}

export type SettlementPlan = {
  invoice_id: string
  order_id: string
  /** An authorized payment to capture (invoice payment at checkout) ... */
  payment_id: string | null
  /** ... or, when the order has none (an accepted quote), the collection to mark paid. */
  payment_collection_id: string | null
}

/** Works out how the money owed on an unpaid invoice is recorded as received. */
export const planInvoiceSettlementStep = createStep(
  "plan-invoice-settlement",
  async (input: { invoice_id: string }, { container }) => {
    const wholesale = wholesaleService(container)
    const [invoice] = await wholesale.listInvoices({ id: input.invoice_id }, { take: 1 })
    if (!invoice) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Invoice with id "${input.invoice_id}" was not found`,
      )
    }
    if (invoice.status !== "unpaid") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: invoice ${invoice.number} is already ${invoice.status}`,
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.id",
        "payment_collections.status",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: invoice.order_id },
    })
    const collections =
      (
        data[0] as {
          payment_collections?: {
            id: string
            status: string
            payments?: PaymentRow[] | null
          }[]
        }
      )?.payment_collections ?? []
    const open = collections
      .flatMap((collection) => collection.payments ?? [])
      .find((payment) => !payment.captured_at && !payment.canceled_at)
    const unpaidCollection = collections.find(
      (collection) =>
        collection.status !== "completed" && !(collection.payments ?? []).length,
    )
    const plan: SettlementPlan = {
      invoice_id: invoice.id,
      order_id: invoice.order_id,
      payment_id: open?.id ?? null,
      payment_collection_id: open ? null : (unpaidCollection?.id ?? null),
    }
    return new StepResponse(plan)
  },
)

/** Marks an invoice paid; compensation makes it unpaid again. */
export const markInvoicePaidStep = createStep(
  "mark-invoice-paid",
  async (input: { invoice_id: string }, { container }) => {
    const invoice = await wholesaleService(container).updateInvoices({
      id: input.invoice_id,
      status: "paid",
      paid_at: new Date(),
    })
    return new StepResponse(invoice, input.invoice_id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).updateInvoices({
        id,
        status: "unpaid",
        paid_at: null,
      })
    }
  },
)
