import { z } from "@medusajs/framework/zod"
import { BATCH_STATUSES } from "../../../modules/provenance/models/production-batch"

const date = z.coerce.date()

export const AdminCreateBatch = z
  .object({
    workshop_id: z.string().min(1),
    variant_id: z.string().min(1),
    quantity: z.number().int().min(1).max(1_000_000),
    produced_at: date,
    best_before: date.nullish(),
    expires_at: date.nullish(),
  })
  .strict()

export const AdminUpdateBatch = z
  .object({
    // Recalls go through POST /admin/batches/:id/recall; expiry is set by the expiry watch.
    status: z.enum(["active", "on_hold"]).optional(),
    best_before: date.nullish(),
    expires_at: date.nullish(),
  })
  .strict()

export const AdminListBatchesParams = z
  .object({
    facility_id: z.string().min(1).optional(),
    workshop_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    status: z.enum(BATCH_STATUSES).optional(),
    code: z.string().trim().toUpperCase().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminCreateBatchType = z.infer<typeof AdminCreateBatch>
export type AdminUpdateBatchType = z.infer<typeof AdminUpdateBatch>
export type AdminListBatchesParamsType = z.infer<typeof AdminListBatchesParams>

export const AdminCreateInspection = z
  .object({
    results: z
      .array(
        z
          .object({
            key: z.string().min(1),
            passed: z.boolean(),
            note: z.string().trim().nullish(),
          })
          .strict(),
      )
      .min(1),
    notes: z.string().trim().nullish(),
    inspected_at: date.optional(),
  })
  .strict()

export const AdminRecallBatch = z
  .object({ reason: z.string().trim().min(3, "reason: say why the batch is recalled") })
  .strict()

export type AdminCreateInspectionType = z.infer<typeof AdminCreateInspection>
export type AdminRecallBatchType = z.infer<typeof AdminRecallBatch>
