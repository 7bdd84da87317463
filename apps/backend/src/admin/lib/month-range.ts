import { useState } from "react"
import { toMonthInput } from "./format"
import { t } from "./i18n"

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** Months as "YYYY-MM", both ends included. */
export type MonthRange = { from: string; to: string }

export function rangeError({ from, to }: MonthRange): string | undefined {
  if (!MONTH.test(from) || !MONTH.test(to)) return t.impact.invalidMonth
  if (from > to) return t.impact.rangeReversed
  return undefined
}

/** The last `count` months, this one included. */
export function lastMonths(count: number, now = new Date()): MonthRange {
  const first = new Date(now.getFullYear(), now.getMonth() - (count - 1), 1)
  return { from: toMonthInput(first), to: toMonthInput(now) }
}

/** Every month of a range, oldest first. */
export function monthsOf({ from, to }: MonthRange): string[] {
  const months: string[] = []
  const [year, month] = from.split("-").map(Number)
  const cursor = new Date(year, month - 1, 1)
  while (toMonthInput(cursor) <= to) {
    months.push(toMonthInput(cursor))
    cursor.setMonth(cursor.getMonth() + 1)
  }
  return months
}

/*
 * The range being typed and the last valid one, which is what gets sent:
 * browsers without a month picker show a text box, and a half-typed month must
 * not replace the page with an error.
 */
export function useMonthRange(initial: () => MonthRange) {
  const [draft, setDraft] = useState(initial)
  const [range, setRange] = useState(initial)

  const change = (key: keyof MonthRange) => (value: string) => {
    const next = { ...draft, [key]: value }
    setDraft(next)
    if (!rangeError(next)) setRange(next)
  }

  return { draft, range, error: rangeError(draft), change }
}
