import { z } from "@medusajs/framework/zod"

export const AdminListQuotesParams = z
  .object({
    status: z.enum(["requested", "answered", "accepted", "rejected"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminReplyQuote = z
  .object({
    items: z
      .array(
        z
          .object({
            id: z.string().min(1),
            unit_price: z.number().int().min(1).max(10_000_000_000),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    lead_time_days: z.number().int().min(1).max(365).optional(),
    valid_days: z.number().int().min(1).max(90).default(14),
    message: z.string().trim().max(4000).optional(),
  })
  .strict()

export const AdminQuoteMessage = z
  .object({ body: z.string().trim().min(1).max(4000) })
  .strict()

export type AdminListQuotesParamsType = z.infer<typeof AdminListQuotesParams>
export type AdminReplyQuoteType = z.infer<typeof AdminReplyQuote>
export type AdminQuoteMessageType = z.infer<typeof AdminQuoteMessage>
