/*
 * The JSON shapes of the quality admin API as the dashboard receives them
 * (dates as strings). Written out for the same reason as `types.ts`: each
 * route answers with its own trimmed selection, not the data model.
 */
import type { Batch } from "./types"

export const CERTIFICATE_TYPES = [
  "pirt",
  "bpom_md",
  "halal",
  "non_halal_declaration",
  "sni",
  "other",
] as const

export type CertificateType = (typeof CERTIFICATE_TYPES)[number]

export const HOLDER_TYPES = ["product", "workshop", "facility"] as const

export type HolderType = (typeof HOLDER_TYPES)[number]

/** What holds a certificate, named for showing. */
export type Holder = { type: HolderType; id: string; name: string }

export type Certificate = {
  id: string
  type: CertificateType
  number: string
  issuer: string
  valid_from: string
  valid_until: string | null
  document_url: string | null
  notes: string | null
  product_id: string | null
  workshop_id: string | null
  facility_id: string | null
}

/** A reason a product does not meet its standard, as the server words it. */
export type Unmet = { code: string; message: string }

export type ChecklistItem = { key: string; label: string }

export type Checklist = { items: ChecklistItem[] }

export type InspectionResult = { key: string; passed: boolean; note: string | null }

export type Inspection = {
  id: string
  standard_code: string
  results: InspectionResult[]
  passed: boolean
  inspector_id: string
  notes: string | null
  inspected_at: string
}

export type BatchInspections = {
  inspections: Inspection[]
  /** Null when no standard governs the batch's product. */
  checklist: Checklist | null
}

export type AffectedOrder = {
  order_id: string
  display_id: number
  email: string | null
  name: string | null
  phone: string | null
  units: number
  placed_at: string
}

export type RecallResult = { batch: Batch; affected_orders: AffectedOrder[] }

export const PRODUCT_TYPES = ["food", "craft", "workshop_good"] as const

export type ProductType = (typeof PRODUCT_TYPES)[number]

export type CertificateRequirement = { label: string; any_of: CertificateType[] }

export type QualityStandard = {
  id: string
  code: string
  name: string
  product_type: ProductType
  category_handles: string[]
  certificate_requirements: { requirements: CertificateRequirement[] }
  label_fields: string[]
  checklist: Checklist
  requires_inspection: boolean
}

export type BlockReason = "recalled" | "expired" | "failed_inspection" | "on_hold"

export type QualityOverview = {
  blocked_products: {
    id: string
    title: string
    handle: string
    status: string
    unmet: Unmet[]
  }[]
  blocked_batches: {
    id: string
    code: string
    reason: BlockReason
    product_title: string
    variant_title: string
    workshop_name: string
  }[]
  expiring_certificates: {
    id: string
    type: CertificateType
    number: string
    valid_until: string
    holder: { type: HolderType; id: string; name: string }
  }[]
  expiring_batches: {
    id: string
    code: string
    expires_at: string
    product_title: string
    variant_title: string
  }[]
}

export type ProductQuality = {
  standard: { code: string; name: string } | null
  standard_met: boolean
  unmet: Unmet[]
  certificates: {
    id: string
    type: CertificateType
    number: string
    issuer: string
    valid_from: string
    valid_until: string | null
    holder_type: HolderType
  }[]
  batches: {
    id: string
    code: string
    status: Batch["status"]
    sellable: boolean
    /** Why the batch cannot be sold; null when it can. */
    reason: string | null
    last_inspection: { passed: boolean; inspected_at: string } | null
  }[]
}
