import type { Locale } from "@/i18n/routing"

/**
 * Messages live in one JSON file per feature and locale
 * (`messages/<locale>/<feature>.json`); each feature is a top-level
 * namespace. Add a feature here for both locales.
 */
const FEATURES = [
  "common",
  "layout",
  "home",
  "products",
  "cart",
  "checkout",
  "order",
  "provenance",
  "facilities",
  "account",
  "orderLookup",
  "search",
  "partner",
  "quotes",
] as const

export type Feature = (typeof FEATURES)[number]

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    FEATURES.map(
      async (feature) =>
        [feature, (await import(`./${locale}/${feature}.json`)).default] as const,
    ),
  )
  return Object.fromEntries(entries)
}
