import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "../../../modules/quality/models/certificate"
import {
  CATALOG_DEFAULT_LIMIT,
  CATALOG_MAX_LIMIT,
  handle,
  rupiah,
  wholeNumber,
} from "../catalog/validators"

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const

const flag = (name: string) =>
  z
    .enum(["true", "false"], { message: `${name}: true or false` })
    .transform((v) => v === "true")

export const StoreSearchParams = z
  .object({
    q: z
      .string({ message: "q: give one search text" })
      .trim()
      .max(200, "q: at most 200 characters")
      .optional(),
    category: handle("category").optional(),
    facility: handle("facility").optional(),
    halal: flag("halal").optional(),
    certification: z
      .enum(CERTIFICATE_TYPES, {
        message: `certification: one of ${CERTIFICATE_TYPES.join(", ")}`,
      })
      .optional(),
    in_stock: flag("in_stock").optional(),
    min_price: rupiah("min_price"),
    max_price: rupiah("max_price"),
    sort: z
      .enum(SEARCH_SORTS, { message: `sort: one of ${SEARCH_SORTS.join(", ")}` })
      .default("relevance"),
    page: wholeNumber("page", "a page number from 1 to 1000")
      .pipe(
        z
          .number()
          .min(1, "page: a page number from 1 to 1000")
          .max(1000, "page: a page number from 1 to 1000"),
      )
      .default(1),
    limit: wholeNumber("limit", `a number from 1 to ${CATALOG_MAX_LIMIT}`)
      .pipe(
        z
          .number()
          .min(1, `limit: a number from 1 to ${CATALOG_MAX_LIMIT}`)
          .max(CATALOG_MAX_LIMIT, `limit: a number from 1 to ${CATALOG_MAX_LIMIT}`),
      )
      .default(CATALOG_DEFAULT_LIMIT),
  })
  .strict()
  .refine(
    (params) =>
      params.min_price === undefined ||
      params.max_price === undefined ||
      params.min_price <= params.max_price,
    { path: ["min_price"], message: "min_price: must not be more than max_price" },
  )

export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
