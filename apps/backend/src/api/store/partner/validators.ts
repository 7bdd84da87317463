import { z } from "@medusajs/framework/zod"

export const StorePartnerPricesParams = z
  .object({
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

const MAX_ROWS = 200

export const StoreQuickOrder = z
  .object({
    cart_id: z.string().min(1),
    // Rows are judged one by one (a bad row is reported, not fatal), so their
    // fields are only shaped here.
    items: z
      .array(
        z
          .object({
            sku: z.string().max(100).nullish(),
            quantity: z.union([z.number(), z.string().max(20)]).nullish(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_ROWS)
      .optional(),
    csv: z.string().min(1).max(200_000).optional(),
  })
  .strict()
  .refine((body) => Boolean(body.items) !== Boolean(body.csv), {
    message: "items: send either items or csv, not both and not neither",
    path: ["items"],
  })

export const StoreReorder = z.object({ cart_id: z.string().min(1) }).strict()

export const StoreCreateQuote = z
  .object({
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            quantity: z.number().int().min(1).max(100_000),
            note: z.string().trim().max(1000).nullish(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    notes: z.string().trim().max(4000).nullish(),
  })
  .strict()

export const StoreQuoteMessage = z
  .object({ body: z.string().trim().min(1).max(4000) })
  .strict()

export const StoreAcceptQuote = z.object({}).strict()

export const StoreRejectQuote = z
  .object({ reason: z.string().trim().max(1000).nullish() })
  .strict()

export const StorePartnerInvoicesParams = z
  .object({ order_id: z.string().min(1).optional() })
  .strict()

export const MAX_QUICK_ORDER_ROWS = MAX_ROWS

export type StorePartnerPricesParamsType = z.infer<typeof StorePartnerPricesParams>
export type StoreQuickOrderType = z.infer<typeof StoreQuickOrder>
export type StoreReorderType = z.infer<typeof StoreReorder>
export type StoreCreateQuoteType = z.infer<typeof StoreCreateQuote>
export type StoreQuoteMessageType = z.infer<typeof StoreQuoteMessage>
export type StoreRejectQuoteType = z.infer<typeof StoreRejectQuote>
export type StorePartnerInvoicesParamsType = z.infer<typeof StorePartnerInvoicesParams>
