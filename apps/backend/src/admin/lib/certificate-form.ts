/*
 * The certificate form's values, checks and request bodies. The type and the
 * holder are chosen once; afterwards only the other fields can change.
 */
import { certificateErrors, hasExpiry, type CertificateFields } from "./certificate-rules"
import { changedFields } from "./changes"
import { toDateInput, todayInput } from "./format"
import { t } from "./i18n"
import type { Certificate, CertificateType, Holder, HolderType } from "./quality-types"
import type { FieldErrors } from "./validate"

export type CertificateValues = CertificateFields & {
  /** Picked first, to know where to search for the holder. */
  holder_type: HolderType
  holder: Holder | null
  document_url: string
}

export type CertificateErrors = FieldErrors<keyof CertificateValues>

export function initialCertificateValues(
  certificate?: Certificate,
  holder?: Holder,
): CertificateValues {
  return {
    type: certificate?.type ?? "",
    number: certificate?.number ?? "",
    issuer: certificate?.issuer ?? "",
    valid_from: toDateInput(certificate?.valid_from) || todayInput(),
    valid_until: toDateInput(certificate?.valid_until),
    notes: certificate?.notes ?? "",
    document_url: certificate?.document_url ?? "",
    holder_type: holder?.type ?? "product",
    holder: holder ?? null,
  }
}

export function validateCertificate(
  values: CertificateValues,
  isNew: boolean,
): CertificateErrors {
  const errors: CertificateErrors = certificateErrors(values)
  if (isNew && !values.holder) errors.holder = t.common.required
  return errors
}

/** The fields that stay editable after creation; emptied ones become null to clear them. */
function editableFields(values: CertificateValues) {
  return {
    number: values.number.trim(),
    issuer: values.issuer.trim(),
    valid_from: values.valid_from,
    valid_until: (hasExpiry(values.type) && values.valid_until) || null,
    document_url: values.document_url || null,
    notes: values.notes.trim() || null,
  }
}

type Editable = ReturnType<typeof editableFields>

export type CertificateBody = { [K in keyof Editable]?: Editable[K] } & {
  type?: CertificateType
} & Partial<Record<`${HolderType}_id`, string>>

/**
 * A new certificate sends its type, its one holder and the fields filled in;
 * an edit sends only what changed. Call after `validateCertificate` passed.
 */
export function certificateBody(
  values: CertificateValues,
  certificate?: Certificate,
): CertificateBody {
  const fields = editableFields(values)
  if (certificate) {
    return changedFields(fields, editableFields(initialCertificateValues(certificate)))
  }
  const body: CertificateBody = {
    type: values.type || undefined,
    number: fields.number,
    issuer: fields.issuer,
    valid_from: fields.valid_from,
    valid_until: fields.valid_until ?? undefined,
    document_url: fields.document_url ?? undefined,
    notes: fields.notes ?? undefined,
  }
  if (values.holder) body[`${values.holder.type}_id`] = values.holder.id
  return body
}
