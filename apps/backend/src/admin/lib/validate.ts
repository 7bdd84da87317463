/*
 * Checks that let a form point at a field before the request is sent. The
 * server validates again and its message is always shown; these only save a
 * round trip for the obvious mistakes.
 */

export type FieldErrors<K extends string> = Partial<Record<K, string>>

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const WHOLE_NUMBER = /^\d+$/
const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?$/

export const isBlank = (value: string) => value.trim() === ""

export const isHandle = (value: string) => HANDLE.test(value.trim())

/** "12" -> 12; anything that is not a whole number >= 0 -> null. */
export function parseWholeNumber(value: string): number | null {
  const trimmed = value.trim()
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : null
}

/** A percentage typed by staff ("12,5" or "12.5") to basis points; null if not 0-100. */
export function percentToBps(value: string): number | null {
  const trimmed = value.trim()
  if (!PERCENT.test(trimmed)) {
    return null
  }
  const bps = Math.round(Number(trimmed.replace(",", ".")) * 100)
  return bps <= 10_000 ? bps : null
}

/** Basis points to what the percentage input shows, with the Indonesian decimal comma. */
export function bpsToPercentInput(bps: number): string {
  return String(bps / 100).replace(".", ",")
}

/** Whether a field (or a row of a list) has any error, to decide if a form may be sent. */
export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean)
}
