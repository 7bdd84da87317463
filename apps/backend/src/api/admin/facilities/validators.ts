import { z } from "@medusajs/framework/zod"

const shareBps = z.number().int().min(0).max(10_000)

const SHARE_FIELDS = [
  "makers_share_bps",
  "capital_share_bps",
  "state_revenue_share_bps",
] as const

/** Shares change together and always make a whole (10 000 basis points). */
function sharesMakeAWhole(
  body: Partial<Record<(typeof SHARE_FIELDS)[number], number>>,
  context: z.RefinementCtx,
) {
  const given = SHARE_FIELDS.filter((field) => body[field] !== undefined)
  if (given.length === 0) {
    return
  }
  if (given.length !== SHARE_FIELDS.length) {
    const missing = SHARE_FIELDS.filter((field) => body[field] === undefined)
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: [missing[0]],
      message: `${SHARE_FIELDS.join(", ")} must be given together`,
    })
    return
  }
  const sum = SHARE_FIELDS.reduce((total, field) => total + body[field]!, 0)
  if (sum !== 10_000) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["makers_share_bps"],
      message: `shares must sum to 10000 basis points (100%), got ${sum}`,
    })
  }
}

const facilityFields = {
  name: z.string().trim().min(1),
  city: z.string().trim().min(1),
  province: z.string().trim().min(1),
  story: z.string().trim().nullish(),
  makers_share_bps: shareBps.optional(),
  capital_share_bps: shareBps.optional(),
  state_revenue_share_bps: shareBps.optional(),
}

export const AdminCreateFacility = z
  .object({
    handle: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "handle: use lowercase letters, digits and hyphens",
      ),
    stock_location_id: z.string().min(1),
    ...facilityFields,
  })
  .strict()
  .superRefine(sharesMakeAWhole)

export const AdminUpdateFacility = z
  .object({
    name: facilityFields.name.optional(),
    city: facilityFields.city.optional(),
    province: facilityFields.province.optional(),
    story: facilityFields.story,
    makers_share_bps: facilityFields.makers_share_bps,
    capital_share_bps: facilityFields.capital_share_bps,
    state_revenue_share_bps: facilityFields.state_revenue_share_bps,
  })
  .strict()
  .superRefine(sharesMakeAWhole)

export const AdminListFacilitiesParams = z
  .object({
    q: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminCreateFacilityType = z.infer<typeof AdminCreateFacility>
export type AdminUpdateFacilityType = z.infer<typeof AdminUpdateFacility>
export type AdminListFacilitiesParamsType = z.infer<typeof AdminListFacilitiesParams>
