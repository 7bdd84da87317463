import { z } from "@medusajs/framework/zod"

export const StoreListWorkshopsParams = z
  .object({
    facility: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type StoreListWorkshopsParamsType = z.infer<typeof StoreListWorkshopsParams>
