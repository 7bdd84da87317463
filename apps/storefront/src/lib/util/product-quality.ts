/** A certificate as the product's quality summary lists it. */
export type QualityCertificate = {
  type: string
  number: string
  issuer: string
  valid_from: string
  valid_until: string | null
  holder_type?: "product" | "workshop" | "facility"
}

export function isCertificateValid(certificate: QualityCertificate, now: Date): boolean {
  const from = Date.parse(certificate.valid_from)
  const until = certificate.valid_until ? Date.parse(certificate.valid_until) : Infinity
  return from <= now.getTime() && now.getTime() <= until
}

/** The types of the certificates in force, each once, in the order first held. */
export function validCertificateTypes(
  certificates: QualityCertificate[],
  now: Date,
): string[] {
  return [
    ...new Set(
      certificates
        .filter((certificate) => isCertificateValid(certificate, now))
        .map((certificate) => certificate.type),
    ),
  ]
}

/** Registration first (P-IRT, BPOM), then halal status, then the rest. */
const CERTIFICATE_ORDER = ["pirt", "bpom_md", "halal", "non_halal_declaration", "sni"]

export function sortCertificates(
  certificates: QualityCertificate[],
): QualityCertificate[] {
  const rank = (type: string) => {
    const index = CERTIFICATE_ORDER.indexOf(type)
    return index === -1 ? CERTIFICATE_ORDER.length : index
  }
  return [...certificates].sort((a, b) => rank(a.type) - rank(b.type))
}

/**
 * Label fields the quality standards name, in the order a label reads. Foods state the
 * first five; crafts and workshop goods the rest.
 */
export const LABEL_FIELDS = [
  "ingredients",
  "net_weight",
  "allergens",
  "storage",
  "shelf_life",
  "material",
  "dimensions",
  "finish",
  "care",
] as const
export type LabelField = (typeof LABEL_FIELDS)[number]

export type LabelFact = { field: LabelField; value: string }

type LabelSource = {
  metadata?: Record<string, unknown> | null
  material?: string | null
  length?: number | null
  width?: number | null
  height?: number | null
}

function text(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value)
  }
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/**
 * What the product's label states. As the quality standard reads them: from metadata,
 * except material (the product's own attribute first) and dimensions (length × width ×
 * height, unitless as Medusa keeps them, when all are set). Other metadata keys are not label facts and stay hidden.
 */
export function labelFacts(product: LabelSource): LabelFact[] {
  const metadata = product.metadata ?? {}
  const { length, width, height } = product
  const facts: Record<LabelField, string | null> = {
    ingredients: text(metadata.ingredients),
    net_weight: text(metadata.net_weight),
    allergens: text(metadata.allergens),
    storage: text(metadata.storage),
    shelf_life: text(metadata.shelf_life),
    material: text(product.material) ?? text(metadata.material),
    dimensions:
      length && width && height
        ? `${length} × ${width} × ${height}`
        : text(metadata.dimensions),
    finish: text(metadata.finish),
    care: text(metadata.care),
  }
  return LABEL_FIELDS.flatMap((field) => {
    const value = facts[field]
    return value ? [{ field, value }] : []
  })
}

const FOOD_FIELDS: readonly LabelField[] = [
  "ingredients",
  "net_weight",
  "allergens",
  "storage",
  "shelf_life",
]

export function isFoodLabelFact(fact: LabelFact): boolean {
  return FOOD_FIELDS.includes(fact.field)
}

const WHOLE = 10_000

/**
 * The makers' premi of a price at the facility's share, in whole rupiah. The ledger
 * rounds each line by largest remainder, so an order may differ by a rupiah.
 */
export function makersAmount(price: number, makersShareBps: number): number {
  return Math.round((price * makersShareBps) / WHOLE)
}

/** A share in basis points as a fraction for Intl percent formatting. */
export function shareFraction(bps: number): number {
  return bps / WHOLE
}

/** A usable share: basis points from 0 to 10 000. */
export function isShare(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= WHOLE
  )
}
