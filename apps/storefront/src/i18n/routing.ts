import { defineRouting } from "next-intl/routing"

/**
 * Bahasa Indonesia at unprefixed URLs, English under /en. The locale is
 * decided by the URL alone, so a shared link opens in the language it was
 * shared in.
 */
export const routing = defineRouting({
  locales: ["id", "en"],
  defaultLocale: "id",
  localePrefix: "as-needed",
  localeDetection: false,
})

export type Locale = (typeof routing.locales)[number]
