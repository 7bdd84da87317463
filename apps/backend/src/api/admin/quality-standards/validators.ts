import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "../../../modules/quality/models/certificate"
import { PRODUCT_TYPES } from "../../../modules/quality/models/quality-standard"

const key = z
  .string()
  .regex(/^[a-z0-9_]+$/, "use lowercase letters, digits and underscores")

const standardFields = {
  name: z.string().trim().min(1),
  product_type: z.enum(PRODUCT_TYPES),
  category_handles: z.array(z.string().min(1)),
  certificate_requirements: z
    .object({
      requirements: z.array(
        z
          .object({
            label: z.string().trim().min(1),
            any_of: z.array(z.enum(CERTIFICATE_TYPES)).min(1),
          })
          .strict(),
      ),
    })
    .strict(),
  label_fields: z.array(key),
  checklist: z
    .object({
      items: z
        .array(z.object({ key, label: z.string().trim().min(1) }).strict())
        .refine(
          (items) => new Set(items.map((item) => item.key)).size === items.length,
          "checklist: each item key must be unique",
        ),
    })
    .strict(),
  requires_inspection: z.boolean(),
}

export const AdminCreateStandard = z.object({ code: key, ...standardFields }).strict()

export const AdminUpdateStandard = z
  .object({
    name: standardFields.name.optional(),
    category_handles: standardFields.category_handles.optional(),
    certificate_requirements: standardFields.certificate_requirements.optional(),
    label_fields: standardFields.label_fields.optional(),
    checklist: standardFields.checklist.optional(),
    requires_inspection: standardFields.requires_inspection.optional(),
  })
  .strict()

export type AdminCreateStandardType = z.infer<typeof AdminCreateStandard>
export type AdminUpdateStandardType = z.infer<typeof AdminUpdateStandard>
