import { z } from "@medusajs/framework/zod"

export const AdminListPartnerApplicationsParams = z
  .object({
    status: z.enum(["pending", "approved", "rejected"]).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminApprovePartnerApplication = z
  .object({
    customer_group_id: z.string().min(1).optional(),
    payment_terms_days: z.number().int().min(0).max(90).default(30),
  })
  .strict()

export const AdminRejectPartnerApplication = z
  .object({ reason: z.string().trim().min(3).max(1000) })
  .strict()

export type AdminListPartnerApplicationsParamsType = z.infer<
  typeof AdminListPartnerApplicationsParams
>
export type AdminApprovePartnerApplicationType = z.infer<
  typeof AdminApprovePartnerApplication
>
export type AdminRejectPartnerApplicationType = z.infer<
  typeof AdminRejectPartnerApplication
>
