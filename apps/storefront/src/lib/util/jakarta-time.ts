import { hasLocale } from "next-intl"

import { type Locale, routing } from "@/i18n/routing"

const JAKARTA_TIME_ZONE = "Asia/Jakarta"

type Parts = Record<"weekday" | "day" | "month" | "year" | "hour" | "minute", string>

/**
 * Built from parts because neither locale's own pattern reads like a deadline: Indonesian
 * adds "pukul" and neither names the time zone, which buyers abroad need.
 */
const PATTERNS: Record<(typeof routing.locales)[number], (parts: Parts) => string> = {
  id: (p) => `${p.weekday}, ${p.day} ${p.month} ${p.year} ${p.hour}.${p.minute} WIB`,
  en: (p) => `${p.weekday}, ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} WIB`,
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: JAKARTA_TIME_ZONE,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
    formatters.set(locale, formatter)
  }
  return formatter
}

/**
 * A moment in Jakarta time (WIB) wherever the buyer is, written the way the page's
 * language writes a deadline: "Senin, 30 November 2026 23.59 WIB" or
 * "Monday, 30 November 2026, 23:59 WIB".
 */
export function formatJakartaDateTime(
  isoTimestamp: string,
  locale: string,
): string | null {
  const moment = new Date(isoTimestamp)
  if (Number.isNaN(moment.getTime())) {
    return null
  }
  const known = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
  const parts = Object.fromEntries(
    formatterFor(known)
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  ) as Parts
  return PATTERNS[known](parts)
}

// English dates in day-month-year order, as Indonesian readers expect them.
const DATE_LOCALES: Record<Locale, string> = { id: "id-ID", en: "en-GB" }

const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A calendar date as it fell in Jakarta, e.g. "19 April 2027"; null for no or a bad date. */
export function formatJakartaDate(
  isoTimestamp: string | null | undefined,
  locale: Locale,
): string | null {
  if (!isoTimestamp) {
    return null
  }
  const moment = new Date(isoTimestamp)
  if (Number.isNaN(moment.getTime())) {
    return null
  }
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      timeZone: JAKARTA_TIME_ZONE,
      day: "numeric",
      month: "long",
      year: "numeric",
    })
    dateFormats.set(locale, format)
  }
  return format.format(moment)
}
