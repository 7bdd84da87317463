import { z } from "@medusajs/framework/zod"

const month = (field: string) =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${field}: use a month as YYYY-MM`)

export const AdminImpactDashboardParams = z
  .object({
    from: month("from").optional(),
    to: month("to").optional(),
    facility_id: z
      .string()
      .regex(/^fac_[0-9A-Za-z]+$/, "facility_id: use a facility id (fac_…)")
      .optional(),
  })
  .strict()
  .refine((params) => !params.from || !params.to || params.from <= params.to, {
    path: ["from"],
    message: "from: must not be after to",
  })

export type AdminImpactDashboardParamsType = z.infer<typeof AdminImpactDashboardParams>
