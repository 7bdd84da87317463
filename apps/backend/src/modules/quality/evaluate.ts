/**
 * Whether a product meets its quality standard, and whether a batch may be
 * sold: pure functions of the facts, so the publish gate, the sale gate, the
 * stored summaries and the expiry watch all judge the same way.
 */

export type CertificateType =
  | "pirt"
  | "bpom_md"
  | "halal"
  | "non_halal_declaration"
  | "sni"
  | "other"

export type CertificateRequirement = { label: string; any_of: CertificateType[] }

export type StandardFacts = {
  code: string
  name: string
  certificate_requirements: { requirements: CertificateRequirement[] }
  label_fields: string[]
  requires_inspection: boolean
}

export type CertificateFacts = {
  id: string
  type: CertificateType
  number: string
  issuer: string
  valid_from: Date | string
  valid_until: Date | string | null
}

export type InspectionFacts = { passed: boolean; inspected_at: Date | string }

export type BatchFacts = {
  id: string
  status: string
  expires_at: Date | string | null
  inspections: InspectionFacts[]
}

/** Why a standard is not met; `field` names the missing label field when that is why. */
export type Unmet = { code: string; message: string; field?: string }

export type BatchVerdict = { sellable: boolean; reason: string | null }

const time = (value: Date | string) => new Date(value).getTime()

export function isCertificateValid(certificate: CertificateFacts, now: Date): boolean {
  return (
    time(certificate.valid_from) <= now.getTime() &&
    (certificate.valid_until === null || time(certificate.valid_until) >= now.getTime())
  )
}

export function latestInspection(inspections: InspectionFacts[]): InspectionFacts | null {
  return inspections.reduce<InspectionFacts | null>(
    (latest, inspection) =>
      !latest || time(inspection.inspected_at) > time(latest.inspected_at)
        ? inspection
        : latest,
    null,
  )
}

/** A batch may be sold unless it is not active, past its expiry, or its latest inspection failed. */
export function judgeBatch(batch: BatchFacts, now: Date): BatchVerdict {
  if (batch.status === "recalled") {
    return { sellable: false, reason: "recalled" }
  }
  if (
    batch.status === "expired" ||
    (batch.expires_at && time(batch.expires_at) <= now.getTime())
  ) {
    return { sellable: false, reason: "expired" }
  }
  if (batch.status !== "active") {
    return { sellable: false, reason: batch.status }
  }
  if (latestInspection(batch.inspections)?.passed === false) {
    return { sellable: false, reason: "failed_inspection" }
  }
  return { sellable: true, reason: null }
}

/** A label field is present when the product states it (as an attribute or in metadata). */
export function hasLabelField(facts: Record<string, unknown>, field: string): boolean {
  const value = facts[field]
  return value !== undefined && value !== null && String(value).trim() !== ""
}

/**
 * Every reason the product does not meet its standard; empty when it does. A
 * product no standard governs has nothing to meet.
 */
export function unmetRequirements(input: {
  standard: StandardFacts | null
  label_facts: Record<string, unknown>
  certificates: CertificateFacts[]
  batches: BatchFacts[]
  now: Date
}): Unmet[] {
  const { standard, now } = input
  if (!standard) {
    return []
  }
  const unmet: Unmet[] = []
  for (const requirement of standard.certificate_requirements.requirements) {
    const held = input.certificates.filter((c) => requirement.any_of.includes(c.type))
    if (held.some((certificate) => isCertificateValid(certificate, now))) {
      continue
    }
    const expired = held.find((c) => c.valid_until && time(c.valid_until) < now.getTime())
    unmet.push(
      expired
        ? {
            code: "certificate_expired",
            message: `${requirement.label}: certificate ${expired.number} expired on ${new Date(expired.valid_until!).toISOString().slice(0, 10)}`,
          }
        : {
            code: "certificate_missing",
            message: `${requirement.label}: no valid ${requirement.any_of.join(" or ")} certificate`,
          },
    )
  }
  for (const field of standard.label_fields) {
    if (!hasLabelField(input.label_facts, field)) {
      unmet.push({
        code: "label_field_missing",
        message: `Label field "${field}" is missing`,
      })
    }
  }
  if (standard.requires_inspection) {
    const inspectedSellable = input.batches.some(
      (batch) =>
        judgeBatch(batch, now).sellable &&
        latestInspection(batch.inspections)?.passed === true,
    )
    if (!inspectedSellable) {
      unmet.push({
        code: "inspection_missing",
        message: "No sellable batch has passed a quality inspection",
      })
    }
  }
  return unmet
}
