import "server-only"

import { hasLocale } from "next-intl"
import { getLocale } from "next-intl/server"

import { routing } from "@/i18n/routing"
import { formatJakartaDate, formatJakartaDateTime } from "@/lib/util/jakarta-time"

/** Dates as they fell in Jakarta, written in the page's language. */
export async function jakartaDates() {
  const requested = await getLocale()
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return {
    date: (iso: string | Date | null) =>
      formatJakartaDate(iso instanceof Date ? iso.toISOString() : iso, locale) ?? "",
    dateTime: (iso: string) => formatJakartaDateTime(iso, locale) ?? "",
  }
}
