import { z } from "@medusajs/framework/zod"

const workshopFields = {
  name: z.string().trim().min(1),
  craft_type: z.string().trim().min(1),
  story: z.string().trim().nullish(),
  photo_urls: z.array(z.string().url("photo_urls: each photo must be a URL")).max(12),
  // An aggregate count only: no maker is ever named or numbered.
  maker_count: z.number().int().min(0),
  training_hours: z.number().int().min(0),
  // Units a week; quotes suggest lead times from it.
  weekly_capacity: z.number().int().min(1).max(1_000_000).nullish(),
}

export const AdminCreateWorkshop = z
  .object({
    handle: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "handle: use lowercase letters, digits and hyphens",
      ),
    facility_id: z.string().min(1),
    product_ids: z.array(z.string().min(1)).optional(),
    ...workshopFields,
    photo_urls: workshopFields.photo_urls.optional(),
    maker_count: workshopFields.maker_count.optional(),
    training_hours: workshopFields.training_hours.optional(),
  })
  .strict()

export const AdminUpdateWorkshop = z
  .object({
    name: workshopFields.name.optional(),
    craft_type: workshopFields.craft_type.optional(),
    story: workshopFields.story,
    photo_urls: workshopFields.photo_urls.optional(),
    maker_count: workshopFields.maker_count.optional(),
    training_hours: workshopFields.training_hours.optional(),
    weekly_capacity: workshopFields.weekly_capacity,
  })
  .strict()

export const AdminListWorkshopsParams = z
  .object({
    facility_id: z.string().min(1).optional(),
    q: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminCreateWorkshopType = z.infer<typeof AdminCreateWorkshop>
export type AdminUpdateWorkshopType = z.infer<typeof AdminUpdateWorkshop>
export type AdminListWorkshopsParamsType = z.infer<typeof AdminListWorkshopsParams>

export const AdminWorkshopProducts = z
  .object({
    add: z.array(z.string().min(1)).max(100).optional(),
    remove: z.array(z.string().min(1)).max(100).optional(),
  })
  .strict()

export type AdminWorkshopProductsType = z.infer<typeof AdminWorkshopProducts>
