import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderPaymentCollectionWorkflow,
  createOrdersStep,
  emitEventStep,
  releaseLockStep,
  sendNotificationsStep,
  updateOrderTaxLinesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { PartnerShopRecord } from "../../../lib/partner-shops"
import { storefrontUrl } from "../../../lib/runtime-env"
import { createInvoiceStep, planOrderInvoiceStep } from "../steps/invoice-steps"
import {
  addQuoteMessageStep,
  answerQuoteStep,
  createQuoteStep,
  decideQuoteStep,
  planQuoteOrderStep,
  type QuoteAnswer,
  type QuoteRequest,
} from "../steps/quote-steps"

/** A partner asks for a quote; staff see it in the admin feed. */
export const requestQuoteWorkflow = createWorkflow(
  "request-quote",
  (input: QuoteRequest & { business_name: string }) => {
    const quote = createQuoteStep(input)
    const notifications = transform({ input }, ({ input }) => [
      {
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: {
          title: "Permintaan penawaran baru",
          description: `${input.business_name} meminta penawaran untuk ${input.items.length} barang`,
        },
      },
    ])
    sendNotificationsStep(notifications)
    return new WorkflowResponse(quote)
  },
)

export const addQuoteMessageWorkflow = createWorkflow(
  "add-quote-message",
  (input: {
    quote_id: string
    author: "partner" | "staff"
    author_id: string
    body: string
  }) => {
    const message = addQuoteMessageStep(input)
    return new WorkflowResponse(message)
  },
)

/** Staff answer a quote; the partner is told by e-mail. */
export const answerQuoteWorkflow = createWorkflow(
  "answer-quote",
  (
    input: QuoteAnswer & {
      message?: string
      staff_id: string
      partner_email: string
    },
  ) => {
    // Held while the quote changes, so a double click acts once.
    acquireLockStep({ key: input.quote_id, timeout: 15, ttl: 120 })
    const answer = transform({ input }, ({ input }) => ({
      quote_id: input.quote_id,
      items: input.items,
      lead_time_days: input.lead_time_days,
      valid_days: input.valid_days,
    }))
    answerQuoteStep(answer)
    when({ input }, ({ input }) => Boolean(input.message?.trim())).then(() => {
      const message = transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author: "staff" as const,
        author_id: input.staff_id,
        body: input.message!.trim(),
      }))
      addQuoteMessageStep(message)
    })
    const notifications = transform({ input }, ({ input }) => [
      {
        to: input.partner_email,
        channel: "email",
        template: "quote-answered",
        trigger_type: "quote.answered",
        resource_id: input.quote_id,
        resource_type: "quote",
        data: { quote_url: `${storefrontUrl()}/akun/mitra/penawaran/${input.quote_id}` },
      },
    ])
    sendNotificationsStep(notifications)
    releaseLockStep({ key: input.quote_id })
    return new WorkflowResponse(input.quote_id)
  },
)

/**
 * The partner accepts an answered quote: it becomes an order at the quoted
 * prices, paid by invoice on the shop's terms.
 */
export const acceptQuoteWorkflow = createWorkflow(
  "accept-quote",
  (input: { quote_id: string; shop: PartnerShopRecord; customer_id: string }) => {
    // Held while the quote changes, so a double click acts once.
    acquireLockStep({ key: input.quote_id, timeout: 15, ttl: 120 })
    const plan = planQuoteOrderStep(input)
    const orderInput = transform({ plan }, ({ plan }) => [plan.order])
    const orders = createOrdersStep(orderInput)
    const orderId = transform({ orders }, ({ orders }) => orders[0].id)
    updateOrderTaxLinesWorkflow.runAsStep({
      input: transform({ orderId }, ({ orderId }) => ({ order_id: orderId })),
    })
    createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ orderId, plan }, ({ orderId, plan }) => ({
        order_id: orderId,
        amount: plan.total,
      })),
    })
    const decision = transform({ input, orderId }, ({ input, orderId }) => ({
      quote_id: input.quote_id,
      partner_shop_id: input.shop.id,
      decision: "accepted" as const,
      order_id: orderId,
    }))
    decideQuoteStep(decision)
    const invoicePlan = planOrderInvoiceStep(
      transform({ orderId }, ({ orderId }) => ({
        order_id: orderId,
        paid_by_invoice: true,
      })),
    )
    const invoice = createInvoiceStep(
      transform({ invoicePlan }, ({ invoicePlan }) => invoicePlan!),
    )
    emitEventStep({
      eventName: "order.placed",
      data: transform({ orderId }, ({ orderId }) => ({ id: orderId })),
    })
    releaseLockStep({ key: input.quote_id })
    return new WorkflowResponse({ order_id: orderId, invoice })
  },
)

export const rejectQuoteWorkflow = createWorkflow(
  "reject-quote",
  (input: { quote_id: string; partner_shop_id: string; reason?: string | null }) => {
    // Held while the quote changes, so a double click acts once.
    acquireLockStep({ key: input.quote_id, timeout: 15, ttl: 120 })
    const decision = transform({ input }, ({ input }) => ({
      ...input,
      decision: "rejected" as const,
    }))
    decideQuoteStep(decision)
    releaseLockStep({ key: input.quote_id })
    return new WorkflowResponse(input.quote_id)
  },
)
