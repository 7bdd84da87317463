import { z } from "@medusajs/framework/zod"

const POLICY_FIELDS = [
  "free_shipping_threshold",
  "heavy_item_weight_grams",
  "freight_minimum_kg",
] as const

export const AdminSaveShippingPolicy = z
  .object({
    // Whole rupiah; 0 turns free shipping off.
    free_shipping_threshold: z.number().int().min(0).max(1_000_000_000).optional(),
    // Below a kilogram every parcel would count as freight.
    heavy_item_weight_grams: z.number().int().min(1000).max(1_000_000).optional(),
    freight_minimum_kg: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
  .refine(
    (body) => POLICY_FIELDS.some((field) => body[field] !== undefined),
    `body: send at least one of ${POLICY_FIELDS.join(", ")}`,
  )

export type AdminSaveShippingPolicyType = z.infer<typeof AdminSaveShippingPolicy>
