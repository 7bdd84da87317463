import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "../../../modules/quality/models/certificate"

const date = z.coerce.date()

const HOLDERS = ["product_id", "workshop_id", "facility_id"] as const

export const AdminCreateCertificate = z
  .object({
    type: z.enum(CERTIFICATE_TYPES),
    number: z.string().trim().min(1),
    issuer: z.string().trim().min(1),
    valid_from: date,
    valid_until: date.nullish(),
    document_url: z.string().url("document_url: must be a URL").nullish(),
    notes: z.string().trim().nullish(),
    product_id: z.string().min(1).optional(),
    workshop_id: z.string().min(1).optional(),
    facility_id: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((body, context) => {
    const holders = HOLDERS.filter((holder) => body[holder])
    if (holders.length !== 1) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["product_id"],
        message: `${HOLDERS.join(", ")}: give exactly one holder of the certificate`,
      })
    }
  })

export const AdminUpdateCertificate = z
  .object({
    number: z.string().trim().min(1).optional(),
    issuer: z.string().trim().min(1).optional(),
    valid_from: date.optional(),
    valid_until: date.nullish(),
    document_url: z.string().url("document_url: must be a URL").nullish(),
    notes: z.string().trim().nullish(),
  })
  .strict()

export const AdminListCertificatesParams = z
  .object({
    type: z.enum(CERTIFICATE_TYPES).optional(),
    product_id: z.string().min(1).optional(),
    workshop_id: z.string().min(1).optional(),
    facility_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminCreateCertificateType = z.infer<typeof AdminCreateCertificate>
export type AdminUpdateCertificateType = z.infer<typeof AdminUpdateCertificate>
export type AdminListCertificatesParamsType = z.infer<typeof AdminListCertificatesParams>
