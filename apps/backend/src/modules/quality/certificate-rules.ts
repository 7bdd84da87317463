import type { CertificateType } from "./evaluate"

export type CertificateInput = {
  type: CertificateType
  number: string
  valid_from: Date
  valid_until?: Date | null
  notes?: string | null
}

export type CertificateProblem = { field: keyof CertificateInput; message: string }

/** A P-IRT / SPP-IRT registration is valid for at most five years. */
const PIRT_MAX_YEARS = 5

const digits = (value: string) => value.replace(/[\s.\-/]/g, "")

function addYears(date: Date, years: number): Date {
  const result = new Date(date)
  result.setUTCFullYear(result.getUTCFullYear() + years)
  return result
}

/**
 * The formats Indonesian registrations and certificates take: P-IRT / SPP-IRT
 * numbers of at least 15 digits, BPOM "MD" followed by 12 digits, BPJPH halal
 * numbers "ID" followed by digits. Returns every problem, each naming its field.
 */
export function certificateProblems(input: CertificateInput): CertificateProblem[] {
  const problems: CertificateProblem[] = []
  const number = input.number.trim()
  if (input.valid_until && input.valid_until.getTime() < input.valid_from.getTime()) {
    problems.push({
      field: "valid_until",
      message: "valid_until: must not be before valid_from",
    })
  }
  const needsExpiry = input.type !== "non_halal_declaration"
  if (needsExpiry && !input.valid_until) {
    problems.push({
      field: "valid_until",
      message: `valid_until: a ${input.type} certificate expires`,
    })
  }
  switch (input.type) {
    case "pirt":
      if (!/^\d{15,}$/.test(digits(number))) {
        problems.push({
          field: "number",
          message: "number: a P-IRT / SPP-IRT registration has at least 15 digits",
        })
      }
      if (
        input.valid_until &&
        input.valid_until.getTime() > addYears(input.valid_from, PIRT_MAX_YEARS).getTime()
      ) {
        problems.push({
          field: "valid_until",
          message: "valid_until: a P-IRT registration is valid for at most 5 years",
        })
      }
      break
    case "bpom_md":
      if (!/^(BPOM\s*RI\s*)?MD\s*\d{12}$/i.test(number)) {
        problems.push({
          field: "number",
          message: 'number: a BPOM registration reads "MD" followed by 12 digits',
        })
      }
      break
    case "halal":
      if (!/^ID\d{12,20}$/i.test(digits(number))) {
        problems.push({
          field: "number",
          message:
            'number: a halal certificate number reads "ID" followed by 12 to 20 digits',
        })
      }
      break
    case "non_halal_declaration":
      if (!input.notes?.trim()) {
        problems.push({
          field: "notes",
          message: "notes: a non-halal declaration states its reason",
        })
      }
      break
  }
  return problems
}
