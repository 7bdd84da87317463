import { z } from "@medusajs/framework/zod"

export const AdminListPartnerShopsParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminUpdatePartnerShop = z
  .object({
    payment_terms_days: z.number().int().min(0).max(90).optional(),
    status: z.enum(["active", "suspended"]).optional(),
    customer_group_id: z.string().min(1).optional(),
  })
  .strict()

export const AdminAddPartnerBuyer = z
  .object({ email: z.string().trim().toLowerCase().email() })
  .strict()

export type AdminListPartnerShopsParamsType = z.infer<typeof AdminListPartnerShopsParams>
export type AdminUpdatePartnerShopType = z.infer<typeof AdminUpdatePartnerShop>
export type AdminAddPartnerBuyerType = z.infer<typeof AdminAddPartnerBuyer>
