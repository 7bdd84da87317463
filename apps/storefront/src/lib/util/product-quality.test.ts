import { describe, expect, it } from "vitest"

import {
  isCertificateValid,
  isFoodLabelFact,
  isShare,
  labelFacts,
  makersAmount,
  type QualityCertificate,
  sortCertificates,
  validCertificateTypes,
} from "./product-quality"

const NOW = new Date("2026-11-30T05:00:00.000Z")

const certificate = (overrides: Partial<QualityCertificate>): QualityCertificate => ({
  type: "halal",
  number: "ID17710000041224",
  issuer: "BPJPH Kementerian Agama RI",
  valid_from: "2024-08-13T00:00:00.000Z",
  valid_until: "2028-08-13T00:00:00.000Z",
  ...overrides,
})

describe("labelFacts", () => {
  it("reads a food label from metadata in the order a label reads", () => {
    const facts = labelFacts({
      metadata: {
        shelf_life: "6 bulan sejak tanggal produksi",
        ingredients: "Kopi robusta sangrai giling 100%.",
        net_weight: "100 g / 250 g",
        allergens: "Tidak mengandung alergen utama",
        storage: "Simpan di tempat kering dan sejuk.",
        demo_seed_pending_publish: true,
      },
    })
    expect(facts.map((fact) => fact.field)).toEqual([
      "ingredients",
      "net_weight",
      "allergens",
      "storage",
      "shelf_life",
    ])
    expect(facts.every(isFoodLabelFact)).toBe(true)
  })

  it("takes material from the product first and leaves other metadata out", () => {
    expect(
      labelFacts({
        material: "Kayu jati",
        metadata: { material: "Kayu mahoni", care: "Lap kering.", handle: "rutan" },
      }),
    ).toEqual([
      { field: "material", value: "Kayu jati" },
      { field: "care", value: "Lap kering." },
    ])
    expect(labelFacts({ metadata: { material: "Pandan" } })).toEqual([
      { field: "material", value: "Pandan" },
    ])
  })

  it("states dimensions from length, width and height when all are set", () => {
    expect(labelFacts({ length: 120, width: 60, height: 45 })).toEqual([
      { field: "dimensions", value: "120 × 60 × 45" },
    ])
    expect(
      labelFacts({ length: 120, width: null, metadata: { dimensions: "40 x 30 cm" } }),
    ).toEqual([{ field: "dimensions", value: "40 x 30 cm" }])
  })

  it("skips blank, missing and non-text values", () => {
    expect(
      labelFacts({
        metadata: { ingredients: "  ", allergens: null, storage: { a: 1 }, finish: 7 },
      }),
    ).toEqual([{ field: "finish", value: "7" }])
    expect(labelFacts({})).toEqual([])
  })
})

describe("certificates", () => {
  it("are valid from their first day through their last, or forever without one", () => {
    expect(isCertificateValid(certificate({}), NOW)).toBe(true)
    expect(isCertificateValid(certificate({ valid_until: "2026-11-01" }), NOW)).toBe(
      false,
    )
    expect(isCertificateValid(certificate({ valid_from: "2027-01-01" }), NOW)).toBe(false)
    expect(isCertificateValid(certificate({ valid_until: null }), NOW)).toBe(true)
  })

  it("give each type in force once", () => {
    expect(
      validCertificateTypes(
        [
          certificate({ type: "pirt" }),
          certificate({ type: "halal", valid_until: "2025-01-01" }),
          certificate({ type: "pirt", number: "2" }),
        ],
        NOW,
      ),
    ).toEqual(["pirt"])
  })

  it("list registration before halal status and the rest after", () => {
    const sorted = sortCertificates([
      certificate({ type: "other" }),
      certificate({ type: "halal" }),
      certificate({ type: "sni" }),
      certificate({ type: "bpom_md" }),
    ])
    expect(sorted.map((c) => c.type)).toEqual(["bpom_md", "halal", "sni", "other"])
  })
})

describe("makers' share", () => {
  it("is the price times the share in whole rupiah", () => {
    expect(makersAmount(25000, 5000)).toBe(12500)
    expect(makersAmount(45000, 4750)).toBe(21375)
    expect(makersAmount(99999, 3333)).toBe(33330)
  })

  it("accepts only whole basis points from 0 to 10 000", () => {
    expect([5000, 0, 10000].every(isShare)).toBe(true)
    expect([10001, -1, 50.5, "5000", null, undefined].some(isShare)).toBe(false)
  })
})
