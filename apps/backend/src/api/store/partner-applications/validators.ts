import { z } from "@medusajs/framework/zod"
import { normalizeNpwp } from "../../../lib/npwp"

const text = (max: number) => z.string().trim().min(1).max(max)

export const StorePartnerApplication = z
  .object({
    business_name: text(200),
    npwp: z.string().transform((value, ctx) => {
      const digits = normalizeNpwp(value)
      if (!digits) {
        ctx.addIssue({
          code: "custom",
          message: "npwp: must have 15 or 16 digits (dots, dashes and spaces allowed)",
        })
        return z.NEVER
      }
      return digits
    }),
    contact_name: text(200),
    email: z.string().trim().toLowerCase().email(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{8,20}$/, "phone: use 8 to 20 digits, e.g. 0812 3456 7890"),
    address: z
      .object({
        address_1: text(300),
        address_2: z.string().trim().max(300).nullish(),
        city: text(100),
        province: text(100),
        postal_code: z
          .string()
          .trim()
          .regex(/^\d{5}$/, "postal_code: five digits"),
        country_code: z.string().trim().toLowerCase().length(2),
      })
      .strict(),
    expected_monthly_volume: z.number().int().min(1).max(10_000_000),
    notes: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type StorePartnerApplicationType = z.infer<typeof StorePartnerApplication>
