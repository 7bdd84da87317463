/*
 * The formats the server accepts for each certificate type, checked before
 * sending so staff see the field at fault. They are the quality module's
 * own rules, in the staff's language; the server still decides.
 */
import {
  certificateProblems,
  type CertificateProblem,
} from "../../modules/quality/certificate-rules"
import { t } from "./i18n"
import type { CertificateType } from "./quality-types"
import type { FieldErrors } from "./validate"

/** What the certificate form holds; dates are `<input type="date">` values. */
export type CertificateFields = {
  type: CertificateType | ""
  number: string
  issuer: string
  valid_from: string
  valid_until: string
  notes: string
}

/** Only a declaration is open-ended; every certificate has an end date. */
export const hasExpiry = (type: CertificateType | "") => type !== "non_halal_declaration"

const NUMBER_MESSAGES: Partial<Record<CertificateType, string>> = {
  pirt: t.certificate.pirtNumber,
  bpom_md: t.certificate.bpomNumber,
  halal: t.certificate.halalNumber,
}

/** The staff-language message for a problem the quality module's rules found. */
function messageFor(problem: CertificateProblem, values: CertificateFields): string {
  switch (problem.field) {
    case "number":
      return NUMBER_MESSAGES[values.type as CertificateType] ?? problem.message
    case "notes":
      return t.certificate.reasonRequired
    case "valid_until":
      if (!values.valid_until) return t.certificate.expiryRequired
      // YYYY-MM-DD strings compare in calendar order.
      return values.valid_until < values.valid_from
        ? t.certificate.untilBeforeFrom
        : t.certificate.pirtTooLong
    default:
      return problem.message
  }
}

export function certificateErrors(
  values: CertificateFields,
): FieldErrors<keyof CertificateFields> {
  const errors: FieldErrors<keyof CertificateFields> = {}
  const number = values.number.trim()
  if (!values.type) errors.type = t.common.required
  if (!number) errors.number = t.common.required
  if (!values.issuer.trim()) errors.issuer = t.common.required
  if (!values.valid_from) errors.valid_from = t.common.required
  if (!values.type) return errors

  // The same rules the server applies, so the form names the field at fault first.
  const problems = certificateProblems({
    type: values.type,
    number,
    valid_from: new Date(values.valid_from),
    valid_until: values.valid_until ? new Date(values.valid_until) : null,
    notes: values.notes,
  })
  for (const problem of problems) {
    errors[problem.field as keyof CertificateFields] ??= messageFor(problem, values)
  }
  return errors
}
