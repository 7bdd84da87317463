import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerShopRecord } from "../../../lib/partner-shops"
import { leadTimeDays } from "../../../lib/quote-lead-time"
import { wholesaleService } from "./wholesale-service"

const DAY = 24 * 60 * 60 * 1000

export type QuoteRequest = {
  partner_shop_id: string
  customer_id: string
  notes?: string | null
  items: { variant_id: string; quantity: number; note?: string | null }[]
}

type VariantFacts = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string; status: string }
}

/** Records a partner's quote request for published products. */
export const createQuoteStep = createStep(
  "create-quote",
  async (request: QuoteRequest, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.id", "product.title", "product.status"],
      filters: { id: request.items.map((item) => item.variant_id) },
    })
    const variants = new Map(
      (data as VariantFacts[]).map((variant) => [variant.id, variant]),
    )
    request.items.forEach((item, index) => {
      const variant = variants.get(item.variant_id)
      if (!variant || variant.product.status !== ProductStatus.PUBLISHED) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items.${index}.variant_id: no product for sale has variant "${item.variant_id}"`,
        )
      }
    })
    const wholesale = wholesaleService(container)
    const quote = await wholesale.createQuotes({
      partner_shop_id: request.partner_shop_id,
      customer_id: request.customer_id,
      notes: request.notes ?? null,
    })
    await wholesale.createQuoteItems(
      request.items.map((item) => {
        const variant = variants.get(item.variant_id)!
        return {
          quote_id: quote.id,
          variant_id: variant.id,
          product_id: variant.product.id,
          product_title: variant.product.title,
          variant_title: variant.title,
          sku: variant.sku,
          quantity: item.quantity,
          note: item.note ?? null,
        }
      }),
    )
    return new StepResponse(quote, quote.id)
  },
  async (id, { container }) => {
    if (id) {
      const wholesale = wholesaleService(container)
      const items = await wholesale.listQuoteItems({ quote_id: id })
      await wholesale.deleteQuoteItems(items.map((item) => item.id))
      await wholesale.deleteQuotes(id)
    }
  },
)

/** Adds a message to a quote's thread; closed quotes take no more messages. */
export const addQuoteMessageStep = createStep(
  "add-quote-message",
  async (
    input: {
      quote_id: string
      author: "partner" | "staff"
      author_id: string
      body: string
    },
    { container },
  ) => {
    const wholesale = wholesaleService(container)
    const quote = await wholesale.retrieveQuote(input.quote_id)
    if (quote.status === "accepted" || quote.status === "rejected") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: this quote is ${quote.status}; its thread is closed`,
      )
    }
    const message = await wholesale.createQuoteMessages(input)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).deleteQuoteMessages(id)
    }
  },
)

/** The lead time the workshops' stated capacities give for a quote's goods. */
export async function suggestedLeadTimeDays(
  container: MedusaContainer,
  quoteId: string,
): Promise<number | null> {
  const items = await wholesaleService(container).listQuoteItems({ quote_id: quoteId })
  if (!items.length) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "workshop.id", "workshop.weekly_capacity"],
    filters: { id: [...new Set(items.map((item) => item.product_id))] },
  })
  const workshops = new Map(
    (
      data as {
        id: string
        workshop?: { id: string; weekly_capacity: number | null } | null
      }[]
    ).map((product) => [product.id, product.workshop ?? null]),
  )
  return leadTimeDays(
    items.map((item) => ({
      workshop_id: workshops.get(item.product_id)?.id ?? null,
      weekly_capacity: workshops.get(item.product_id)?.weekly_capacity ?? null,
      quantity: item.quantity,
    })),
  )
}

export type QuoteAnswer = {
  quote_id: string
  items: { id: string; unit_price: number }[]
  lead_time_days?: number
  valid_days: number
}

/**
 * Staff's answer: a unit price for every line, the lead time (the capacity
 * suggestion unless staff give one) and how long the offer holds.
 */
export const answerQuoteStep = createStep(
  "answer-quote",
  async (answer: QuoteAnswer, { container }) => {
    const wholesale = wholesaleService(container)
    const quote = await wholesale.retrieveQuote(answer.quote_id, { relations: ["items"] })
    if (quote.status !== "requested" && quote.status !== "answered") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: this quote is ${quote.status} and can no longer be answered`,
      )
    }
    const prices = new Map(answer.items.map((item) => [item.id, item.unit_price]))
    const unknown = answer.items.find(
      (item) => !quote.items.some((line) => line.id === item.id),
    )
    if (unknown) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items: line "${unknown.id}" is not part of this quote`,
      )
    }
    const unpriced = quote.items.find((line) => !prices.has(line.id))
    if (unpriced) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items: give a unit price for every line (missing: ${unpriced.product_title})`,
      )
    }
    const leadTime =
      answer.lead_time_days ?? (await suggestedLeadTimeDays(container, quote.id))
    if (!leadTime) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "lead_time_days: a workshop of this quote states no weekly capacity, so give the lead time",
      )
    }
    const previous = {
      id: quote.id,
      status: quote.status,
      lead_time_days: quote.lead_time_days,
      valid_until: quote.valid_until,
      answered_at: quote.answered_at,
      items: quote.items.map((line) => ({
        id: line.id,
        unit_price:
          line.unit_price === null ? null : MathBN.convert(line.unit_price).toNumber(),
      })),
    }
    const now = new Date()
    await wholesale.updateQuoteItems(
      answer.items.map((item) => ({ id: item.id, unit_price: item.unit_price })),
    )
    await wholesale.updateQuotes({
      id: quote.id,
      status: "answered",
      lead_time_days: leadTime,
      valid_until: new Date(now.getTime() + answer.valid_days * DAY),
      answered_at: now,
    })
    return new StepResponse(quote.id, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const wholesale = wholesaleService(container)
    await wholesale.updateQuoteItems(previous.items)
    const { items: _items, ...quote } = previous
    await wholesale.updateQuotes(quote)
  },
)

/** An answered quote that the partner may still accept or reject. */
async function openAnswer(container: MedusaContainer, quoteId: string, shopId: string) {
  const wholesale = wholesaleService(container)
  const [quote] = await wholesale.listQuotes(
    { id: quoteId, partner_shop_id: shopId },
    { take: 1, relations: ["items"] },
  )
  if (!quote) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Quote with id "${quoteId}" was not found`,
    )
  }
  if (quote.status !== "answered") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      quote.status === "requested"
        ? "status: this quote has not been answered yet"
        : `status: this quote is already ${quote.status}`,
    )
  }
  return quote
}

/** Records the partner's decision; compensation reopens the answer. */
export const decideQuoteStep = createStep(
  "decide-quote",
  async (
    input: {
      quote_id: string
      partner_shop_id: string
      decision: "accepted" | "rejected"
      reason?: string | null
      order_id?: string | null
    },
    { container },
  ) => {
    await openAnswer(container, input.quote_id, input.partner_shop_id)
    await wholesaleService(container).updateQuotes({
      id: input.quote_id,
      status: input.decision,
      decided_at: new Date(),
      rejection_reason: input.reason ?? null,
      order_id: input.order_id ?? null,
    })
    return new StepResponse(input.quote_id, input.quote_id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).updateQuotes({
        id,
        status: "answered",
        decided_at: null,
        rejection_reason: null,
        order_id: null,
      })
    }
  },
)

/**
 * The order an accepted quote becomes: its lines at the quoted prices (which
 * include PPN, like every price in the shop), shipped to the shop's address,
 * in the shop's region and sales channel.
 */
export const planQuoteOrderStep = createStep(
  "plan-quote-order",
  async (
    input: { quote_id: string; shop: PartnerShopRecord; customer_id: string },
    { container },
  ) => {
    const quote = await openAnswer(container, input.quote_id, input.shop.id)
    if (quote.valid_until && new Date(quote.valid_until).getTime() < Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "valid_until: this quote's offer has expired; ask staff for a new answer",
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: regions }, { data: stores }, { data: customers }] = await Promise.all([
      query.graph({
        entity: "region",
        fields: ["id", "currency_code"],
        filters: { currency_code: quote.currency_code },
      }),
      query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] }),
      query.graph({
        entity: "customer",
        fields: ["id", "email"],
        filters: { id: input.customer_id },
      }),
    ])
    if (!regions.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No region sells in ${quote.currency_code.toUpperCase()}`,
      )
    }
    const address = {
      first_name: input.shop.contact_name,
      company: input.shop.business_name,
      address_1: input.shop.address_1,
      address_2: input.shop.address_2 ?? undefined,
      city: input.shop.city,
      province: input.shop.province,
      postal_code: input.shop.postal_code,
      country_code: input.shop.country_code,
      phone: input.shop.phone,
    }
    const items = quote.items.map((line) => ({
      title: line.variant_title
        ? `${line.product_title} - ${line.variant_title}`
        : line.product_title,
      product_title: line.product_title,
      variant_title: line.variant_title ?? undefined,
      variant_sku: line.sku ?? undefined,
      variant_id: line.variant_id,
      product_id: line.product_id,
      quantity: line.quantity,
      unit_price: MathBN.convert(line.unit_price!).toNumber(),
      is_custom_price: true,
      is_tax_inclusive: true,
      requires_shipping: true,
    }))
    const total = items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0)
    return new StepResponse({
      order: {
        region_id: regions[0].id,
        currency_code: quote.currency_code,
        customer_id: input.customer_id,
        email: (customers[0] as { email: string } | undefined)?.email ?? input.shop.email,
        sales_channel_id:
          (stores[0] as { default_sales_channel_id?: string | null } | undefined)
            ?.default_sales_channel_id ?? undefined,
        shipping_address: address,
        billing_address: address,
        items,
        metadata: { quote_id: quote.id },
      },
      total,
    })
  },
)
