const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
})

const count = new Intl.NumberFormat("id-ID")

const percent = new Intl.NumberFormat("id-ID", {
  style: "percent",
  maximumFractionDigits: 2,
})

/*
 * Batch dates are calendar dates sent as YYYY-MM-DD and stored as midnight UTC;
 * formatting them in UTC shows the day staff picked whatever the browser's zone.
 */
const calendarDate = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
})

const calendarMonth = new Intl.DateTimeFormat("id-ID", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
})

const shortMonth = new Intl.DateTimeFormat("id-ID", {
  month: "short",
  year: "2-digit",
  timeZone: "UTC",
})

/** Rupiah on a chart's axis, where "Rp 1,5 jt" reads better than every digit. */
const compactRupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  notation: "compact",
  maximumFractionDigits: 1,
})

/** Moments (an order placed, an inspection) are shown in the browser's own zone. */
const moment = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
})

/** The day a moment falls on (a due date, a quote's validity) in the browser's zone. */
const momentDay = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
})

const EMPTY = "–"

/** Medusa stores amounts in major units; big numbers may arrive as strings. */
export function formatRupiah(amount: number | string | null | undefined): string {
  return amount === null || amount === undefined ? EMPTY : rupiah.format(Number(amount))
}

export function formatCount(value: number | string | null | undefined): string {
  return value === null || value === undefined ? EMPTY : count.format(Number(value))
}

/** Basis points (5000) to a percentage ("50%"). */
export function formatBps(bps: number): string {
  return percent.format(bps / 10_000)
}

export function formatDate(value: string | null | undefined): string {
  return value ? calendarDate.format(new Date(value)) : EMPTY
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? moment.format(new Date(value)) : EMPTY
}

export function formatDay(value: string | null | undefined): string {
  return value ? momentDay.format(new Date(value)) : EMPTY
}

/** "2026-11" -> "November 2026". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number)
  return calendarMonth.format(new Date(Date.UTC(year, monthNumber - 1, 1)))
}

/** "2026-11" -> "Nov 26", for a chart's axis. */
export function formatShortMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number)
  return shortMonth.format(new Date(Date.UTC(year, monthNumber - 1, 1)))
}

export function formatCompactRupiah(amount: number): string {
  return compactRupiah.format(amount)
}

/** An API date to the value of an `<input type="date">`. */
export function toDateInput(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : ""
}

/** A local date to the value of an `<input type="month">` (YYYY-MM). */
export function toMonthInput(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`
}

/** Today in the browser's zone, as the value of an `<input type="date">`. */
export function todayInput(): string {
  const now = new Date()
  return `${toMonthInput(now)}-${String(now.getDate()).padStart(2, "0")}`
}

/** Now in the browser's zone, as the value of an `<input type="datetime-local">`. */
export function nowDateTimeInput(): string {
  const now = new Date()
  const time = [now.getHours(), now.getMinutes()]
    .map((part) => String(part).padStart(2, "0"))
    .join(":")
  return `${todayInput()}T${time}`
}
