import { z } from "@medusajs/framework/zod"

export const AdminProductWholesale = z
  .object({
    minimum_order_quantity: z.number().int().min(1).max(100_000).nullable(),
  })
  .strict()

export type AdminProductWholesaleType = z.infer<typeof AdminProductWholesale>
