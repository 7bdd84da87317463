import { z } from "@medusajs/framework/zod"

export const AdminListInvoicesParams = z
  .object({
    status: z.enum(["unpaid", "paid", "canceled"]).optional(),
    overdue: z.enum(["true", "false"]).optional(),
    partner_shop_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminMarkInvoicePaid = z.object({}).strict()

export type AdminListInvoicesParamsType = z.infer<typeof AdminListInvoicesParams>
