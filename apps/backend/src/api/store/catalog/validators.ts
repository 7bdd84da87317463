import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "../../../modules/quality/models/certificate"

export const CATALOG_SORTS = ["newest", "price_asc", "price_desc", "title"] as const
export const CATALOG_DEFAULT_LIMIT = 12
export const CATALOG_MAX_LIMIT = 48

export const handle = (name: string) =>
  z
    .string({ message: `${name}: give one handle` })
    .trim()
    .min(1, `${name}: give a handle`)
    .max(200, `${name}: at most 200 characters`)

// Digits only: Number() would also take "", "1e3", "0x10" or " 5".
export const wholeNumber = (name: string, hint: string) =>
  z
    .string({ message: `${name}: ${hint}` })
    .regex(/^\d{1,12}$/, `${name}: ${hint}`)
    .transform(Number)

export const rupiah = (name: string) =>
  wholeNumber(name, "a whole number of rupiah, e.g. 50000").optional()

export const StoreCatalogParams = z
  .object({
    category: handle("category").optional(),
    facility: handle("facility").optional(),
    certification: z
      .enum(CERTIFICATE_TYPES, {
        message: `certification: one of ${CERTIFICATE_TYPES.join(", ")}`,
      })
      .optional(),
    min_price: rupiah("min_price"),
    max_price: rupiah("max_price"),
    sort: z
      .enum(CATALOG_SORTS, { message: `sort: one of ${CATALOG_SORTS.join(", ")}` })
      .default("newest"),
    page: wholeNumber("page", "a page number from 1")
      .pipe(z.number().min(1, "page: a page number from 1"))
      .default(1),
    limit: wholeNumber("limit", `a number from 1 to ${CATALOG_MAX_LIMIT}`)
      .pipe(
        z
          .number()
          .min(1, `limit: a number from 1 to ${CATALOG_MAX_LIMIT}`)
          .max(CATALOG_MAX_LIMIT, `limit: a number from 1 to ${CATALOG_MAX_LIMIT}`),
      )
      .default(CATALOG_DEFAULT_LIMIT),
    q: z
      .string({ message: "q: give one search text" })
      .trim()
      .max(200, "q: at most 200 characters")
      .optional(),
  })
  .strict()
  .refine(
    (params) =>
      params.min_price === undefined ||
      params.max_price === undefined ||
      params.min_price <= params.max_price,
    { path: ["min_price"], message: "min_price: must not be more than max_price" },
  )

export type StoreCatalogParamsType = z.infer<typeof StoreCatalogParams>
