import { z } from "@medusajs/framework/zod"
import { canonicalProvince } from "../../../modules/shipping-rates/provinces"

/** Whole rupiah, PPN included; the cap keeps a typo from pricing a parcel at billions. */
const rupiah = z.number().int().min(0).max(100_000_000)

const days = z.number().int().min(0).max(60)

const RATE_FIELDS = [
  "courier_first_kg",
  "courier_next_kg",
  "freight_per_kg",
  "eta_min_days",
  "eta_max_days",
] as const

/** A province in any spelling buyers use, read as its canonical name. */
const province = (field: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const canonical = canonicalProvince(value)
      if (!canonical) {
        ctx.addIssue({
          code: "custom",
          message: `${field}: "${value}" is not an Indonesian province`,
        })
        return z.NEVER
      }
      return canonical
    })

export const AdminListShippingRatesParams = z
  .object({
    origin_province: province("origin_province").optional(),
    destination_province: province("destination_province").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminUpdateShippingRate = z
  .object({
    courier_first_kg: rupiah.optional(),
    courier_next_kg: rupiah.optional(),
    freight_per_kg: rupiah.optional(),
    eta_min_days: days.optional(),
    eta_max_days: days.optional(),
  })
  .strict()
  .refine(
    (body) => RATE_FIELDS.some((field) => body[field] !== undefined),
    `body: send at least one of ${RATE_FIELDS.join(", ")}`,
  )

export type AdminListShippingRatesParamsType = z.infer<
  typeof AdminListShippingRatesParams
>
export type AdminUpdateShippingRateType = z.infer<typeof AdminUpdateShippingRate>
