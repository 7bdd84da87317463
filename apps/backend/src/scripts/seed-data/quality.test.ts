import { certificateProblems } from "../../modules/quality/certificate-rules"
import { hasLabelField, isCertificateValid } from "../../modules/quality/evaluate"
import { planBatches } from "./batches"
import { PRODUCTS, type ProductSeed } from "./products"
import {
  DEMO_QUALITY_EXCEPTIONS,
  DEMO_RECALL_REASON,
  EXPIRING_SOON_HANDLE,
  LABEL_FACTS,
  PRODUCT_CERTIFICATES,
  QUALITY_STANDARDS,
  type CertificateSeed,
} from "./quality"

const NOW = new Date("2026-11-29T12:00:00.000Z")
const DAY = 24 * 60 * 60 * 1000
const AFTER_JANUARY = new Date("2027-01-31T23:59:59.000Z")

const standardFor = (product: ProductSeed) =>
  QUALITY_STANDARDS.find((standard) =>
    standard.category_handles.includes(product.category),
  )

const facts = (certificate: CertificateSeed, id = certificate.number) => ({
  id,
  type: certificate.type,
  number: certificate.number,
  issuer: certificate.issuer,
  valid_from: new Date(certificate.valid_from),
  valid_until: certificate.valid_until ? new Date(certificate.valid_until) : null,
})

const allCertificates = Object.entries(PRODUCT_CERTIFICATES).flatMap(
  ([handle, certificates]) =>
    certificates.map((certificate) => ({ handle, certificate })),
)

const productBySku = (sku: string) =>
  PRODUCTS.find((product) => product.variants.some((variant) => variant.sku === sku))

describe("quality seed data", () => {
  it("puts every product category under exactly one standard", () => {
    for (const product of PRODUCTS) {
      const governing = QUALITY_STANDARDS.filter((standard) =>
        standard.category_handles.includes(product.category),
      )
      expect({ handle: product.handle, standards: governing.length }).toEqual({
        handle: product.handle,
        standards: 1,
      })
    }
    expect(new Set(QUALITY_STANDARDS.map((standard) => standard.code)).size).toBe(
      QUALITY_STANDARDS.length,
    )
  })

  it("states every label field each product's standard requires", () => {
    expect(Object.keys(LABEL_FACTS).sort()).toEqual(
      PRODUCTS.map((product) => product.handle).sort(),
    )
    for (const product of PRODUCTS) {
      const standard = standardFor(product)!
      const label: Record<string, unknown> = {
        material: product.material,
        ...LABEL_FACTS[product.handle],
      }
      const missing = standard.label_fields.filter(
        (field) => !hasLabelField(label, field),
      )
      expect({ handle: product.handle, missing }).toEqual({
        handle: product.handle,
        missing: [],
      })
      // No stray facts, and material is not duplicated from the product attribute.
      const stray = Object.keys(LABEL_FACTS[product.handle]).filter(
        (field) => field === "material" || !standard.label_fields.includes(field),
      )
      expect({ handle: product.handle, stray }).toEqual({
        handle: product.handle,
        stray: [],
      })
    }
  })

  it("gives every certificate a well-formed number and validity", () => {
    expect(allCertificates.length).toBeGreaterThan(0)
    for (const { handle, certificate } of allCertificates) {
      expect(PRODUCTS.some((product) => product.handle === handle)).toBe(true)
      const problems = certificateProblems({
        type: certificate.type,
        number: certificate.number,
        valid_from: new Date(certificate.valid_from),
        valid_until: certificate.valid_until ? new Date(certificate.valid_until) : null,
        notes: certificate.notes ?? null,
      })
      expect({ handle, number: certificate.number, problems }).toEqual({
        handle,
        number: certificate.number,
        problems: [],
      })
      expect(certificate.issuer.trim()).not.toBe("")
      for (const date of [certificate.valid_from, certificate.valid_until]) {
        if (date !== null) {
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(new Date(date).toISOString().slice(0, 10)).toBe(date)
        }
      }
    }
  })

  it("gives every food a valid certificate for each requirement of its standard", () => {
    const foods = PRODUCTS.filter((product) => product.category === "kuliner-olahan")
    expect(foods).toHaveLength(12)
    for (const product of foods) {
      const standard = standardFor(product)!
      expect(standard.certificate_requirements.requirements.length).toBeGreaterThan(0)
      const held = (PRODUCT_CERTIFICATES[product.handle] ?? []).map((c) => facts(c))
      for (const requirement of standard.certificate_requirements.requirements) {
        const valid = held.some(
          (certificate) =>
            requirement.any_of.includes(certificate.type) &&
            isCertificateValid(certificate, NOW),
        )
        expect({ handle: product.handle, requirement: requirement.label, valid }).toEqual(
          { handle: product.handle, requirement: requirement.label, valid: true },
        )
      }
    }
  })

  it("lets exactly one certificate run out within 30 days, on the expiring-soon product", () => {
    const horizon = NOW.getTime() + 30 * DAY
    const expiring = allCertificates.filter(({ certificate }) => {
      const until =
        certificate.valid_until === null
          ? null
          : new Date(certificate.valid_until).getTime()
      return until !== null && until >= NOW.getTime() && until <= horizon
    })
    expect(expiring).toHaveLength(1)
    expect(expiring[0].handle).toBe(EXPIRING_SOON_HANDLE)
    expect(expiring[0].certificate.type).toBe("halal")

    for (const { handle, certificate } of allCertificates) {
      expect(isCertificateValid(facts(certificate), NOW)).toBe(true)
      if (certificate !== expiring[0].certificate) {
        expect({
          handle,
          validAfterJanuary: isCertificateValid(facts(certificate), AFTER_JANUARY),
        }).toEqual({ handle, validAfterJanuary: true })
      }
    }
  })

  it("holds SNI certificates for the metal furniture", () => {
    for (const handle of ["bangku-taman-besi", "tempat-tidur-besi"]) {
      const sni = (PRODUCT_CERTIFICATES[handle] ?? []).filter((c) => c.type === "sni")
      expect(sni).toHaveLength(1)
      expect(isCertificateValid(facts(sni[0]), NOW)).toBe(true)
    }
  })

  it("picks exception SKUs whose products keep a sellable batch", () => {
    const failed = productBySku(DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku)
    const recalled = productBySku(DEMO_QUALITY_EXCEPTIONS.recalled_sku)
    expect(failed?.category).toBe("kuliner-olahan")
    expect(recalled?.category).toBe("kerajinan-tangan")
    for (const [product, sku] of [
      [failed!, DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku],
      [recalled!, DEMO_QUALITY_EXCEPTIONS.recalled_sku],
    ] as const) {
      const lots = planBatches(product, NOW).filter((plan) => plan.sku === sku)
      expect(lots.length).toBeGreaterThanOrEqual(2)
    }
    expect(DEMO_RECALL_REASON.trim().length).toBeGreaterThan(20)
  })

  it("keeps checklist keys unique within each standard", () => {
    for (const standard of QUALITY_STANDARDS) {
      const keys = standard.checklist.items.map((item) => item.key)
      expect(keys.length).toBeGreaterThan(0)
      expect(new Set(keys).size).toBe(keys.length)
      for (const item of standard.checklist.items) {
        expect(item.key).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/)
        expect(item.label.trim()).not.toBe("")
      }
    }
  })

  it("records no field about who made the goods", () => {
    const forbidden = /maker|inmate|narapidana|warga_binaan|pembuat|pengrajin/i
    const keys = [
      ...Object.values(LABEL_FACTS).flatMap((label) => Object.keys(label)),
      ...allCertificates.flatMap(({ certificate }) => Object.keys(certificate)),
      ...QUALITY_STANDARDS.flatMap((standard) => [
        ...Object.keys(standard),
        ...standard.label_fields,
        ...standard.checklist.items.map((item) => item.key),
      ]),
    ]
    expect(keys.filter((key) => forbidden.test(key))).toEqual([])
  })
})
