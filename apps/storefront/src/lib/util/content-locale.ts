import type { Locale } from "@/i18n/routing"

// BCP 47 codes of Medusa's Translation Module, whose English the backend's seed
// writes as en-US. Indonesian is the catalog's own language: asking for id-ID
// answers the originals.
const CONTENT_LOCALES: Record<Locale, string> = {
  id: "id-ID",
  en: "en-US",
}

/** The Store API locale for a storefront locale (the default one for anything else). */
export function contentLocale(locale: string): string {
  return CONTENT_LOCALES[locale as Locale] ?? CONTENT_LOCALES.id
}
