/**
 * NPWP, the Indonesian tax number: 15 digits in the old format
 * (00.000.000.0-000.000) or 16 since the NIK-based numbering of 2024.
 * Dots, dashes and spaces are allowed in what people type.
 */
const NPWP_INPUT = /^[0-9.\-\s]+$/

export function normalizeNpwp(input: string): string | null {
  if (!NPWP_INPUT.test(input)) {
    return null
  }
  const digits = input.replace(/\D/g, "")
  return digits.length === 15 || digits.length === 16 ? digits : null
}
