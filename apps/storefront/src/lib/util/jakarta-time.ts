const JAKARTA_TIME_ZONE = "Asia/Jakarta"

const jakartaDateTime = new Intl.DateTimeFormat("id-ID", {
  timeZone: JAKARTA_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/**
 * A moment as Indonesians write a deadline: "Senin, 30 November 2026 23.59 WIB". Built
 * from parts because the locale's own pattern adds "pukul" and no time zone.
 */
export function formatJakartaDateTime(isoTimestamp: string): string | null {
  const moment = new Date(isoTimestamp)
  if (Number.isNaN(moment.getTime())) {
    return null
  }
  const parts = Object.fromEntries(
    jakartaDateTime.formatToParts(moment).map((part) => [part.type, part.value]),
  )
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}.${parts.minute} WIB`
}
