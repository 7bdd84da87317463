/**
 * English for the demo catalog through Medusa's Translation Module: each
 * product's title, subtitle and description and each category's name and
 * description. Idempotent: a translation that exists is left as it is, so
 * staff's edits in the dashboard survive a re-run.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  CATEGORIES,
  CATEGORY_TRANSLATIONS_EN,
  ENGLISH_LOCALE,
  PRODUCT_TRANSLATIONS_EN,
  PRODUCTS,
} from "./seed-data"

type Log = (message: string) => void

type Wanted = {
  reference: "product" | "product_category"
  reference_id: string
  translations: Record<string, string>
}

export async function ensureTranslations(
  container: MedusaContainer,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: CATEGORIES.map((category) => category.handle) },
  })

  const wanted: Wanted[] = [
    ...products.map((product) => ({
      reference: "product" as const,
      reference_id: product.id,
      translations: PRODUCT_TRANSLATIONS_EN[product.handle],
    })),
    ...categories.map((category) => ({
      reference: "product_category" as const,
      reference_id: category.id,
      translations:
        CATEGORY_TRANSLATIONS_EN[
          category.handle as keyof typeof CATEGORY_TRANSLATIONS_EN
        ],
    })),
  ]

  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    {
      reference_id: wanted.map((entry) => entry.reference_id),
      locale_code: ENGLISH_LOCALE,
    },
    { select: ["reference_id"] },
  )
  const translated = new Set(existing.map((entry) => entry.reference_id))
  const missing = wanted.filter((entry) => !translated.has(entry.reference_id))
  if (!missing.length) {
    return
  }
  await createTranslationsWorkflow(container).run({
    input: {
      translations: missing.map((entry) => ({ ...entry, locale_code: ENGLISH_LOCALE })),
    },
  })
  log(`Created ${missing.length} English translations`)
}
