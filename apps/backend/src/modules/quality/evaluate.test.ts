import { certificateProblems } from "./certificate-rules"
import { judgeBatch, unmetRequirements, type StandardFacts } from "./evaluate"

const NOW = new Date("2026-11-29T00:00:00.000Z")

const FOOD: StandardFacts = {
  code: "pangan-olahan",
  name: "Standar Pangan",
  certificate_requirements: {
    requirements: [
      { label: "Izin edar pangan", any_of: ["pirt", "bpom_md"] },
      { label: "Status halal", any_of: ["halal", "non_halal_declaration"] },
    ],
  },
  label_fields: ["ingredients", "net_weight"],
  requires_inspection: true,
}

const certificate = (type: "pirt" | "halal", valid_until: string | null) => ({
  id: `cert_${type}`,
  type,
  number: "1",
  issuer: "Dinas",
  valid_from: "2024-01-01",
  valid_until,
})

const inspectedBatch = (passed: boolean, overrides = {}) => ({
  id: "pbat_1",
  status: "active",
  expires_at: "2027-06-01",
  inspections: [{ passed, inspected_at: "2026-11-01" }],
  ...overrides,
})

describe("unmetRequirements", () => {
  it("is empty when every certificate, label field and inspection is in place", () => {
    expect(
      unmetRequirements({
        standard: FOOD,
        label_facts: { ingredients: "Singkong", net_weight: "250 g" },
        certificates: [
          certificate("pirt", "2028-01-01"),
          certificate("halal", "2028-01-01"),
        ],
        batches: [inspectedBatch(true)],
        now: NOW,
      }),
    ).toEqual([])
  })

  it("lists every reason at once: missing, lapsed, unlabelled, uninspected", () => {
    const unmet = unmetRequirements({
      standard: FOOD,
      label_facts: { ingredients: "  " },
      certificates: [certificate("halal", "2026-11-01")],
      batches: [inspectedBatch(false)],
      now: NOW,
    })
    expect(unmet.map((u) => u.code)).toEqual([
      "certificate_missing",
      "certificate_expired",
      "label_field_missing",
      "label_field_missing",
      "inspection_missing",
    ])
    expect(unmet[1].message).toContain("expired on 2026-11-01")
  })

  it("does not count a passed inspection of an expired or recalled batch", () => {
    for (const batch of [
      inspectedBatch(true, { expires_at: "2026-11-28" }),
      inspectedBatch(true, { status: "recalled" }),
    ]) {
      const unmet = unmetRequirements({
        standard: {
          ...FOOD,
          certificate_requirements: { requirements: [] },
          label_fields: [],
        },
        label_facts: {},
        certificates: [],
        batches: [batch],
        now: NOW,
      })
      expect(unmet.map((u) => u.code)).toEqual(["inspection_missing"])
    }
  })

  it("asks nothing of a product no standard governs", () => {
    expect(
      unmetRequirements({
        standard: null,
        label_facts: {},
        certificates: [],
        batches: [],
        now: NOW,
      }),
    ).toEqual([])
  })
})

describe("judgeBatch", () => {
  it.each([
    [{}, true, null],
    [{ status: "recalled" }, false, "recalled"],
    [{ status: "on_hold" }, false, "on_hold"],
    [{ expires_at: "2026-11-29T00:00:00.000Z" }, false, "expired"],
    [{ inspections: [] }, true, null],
    [
      {
        inspections: [
          { passed: true, inspected_at: "2026-10-01" },
          { passed: false, inspected_at: "2026-11-01" },
        ],
      },
      false,
      "failed_inspection",
    ],
    [
      {
        inspections: [
          { passed: false, inspected_at: "2026-10-01" },
          { passed: true, inspected_at: "2026-11-01" },
        ],
      },
      true,
      null,
    ],
  ])("judges %j: sellable %s (%s)", (overrides, sellable, reason) => {
    expect(judgeBatch(inspectedBatch(true, overrides), NOW)).toEqual({ sellable, reason })
  })
})

describe("certificateProblems", () => {
  const base = { valid_from: new Date("2025-01-01"), valid_until: new Date("2029-12-31") }

  it.each([
    [{ type: "pirt" as const, number: "2063571010123-27" }, []],
    [{ type: "pirt" as const, number: "P-IRT 12345" }, ["number"]],
    [
      {
        type: "pirt" as const,
        number: "206357101012327",
        valid_until: new Date("2030-01-02"),
      },
      ["valid_until"],
    ],
    [{ type: "bpom_md" as const, number: "BPOM RI MD 264517001125" }, []],
    [{ type: "bpom_md" as const, number: "MD 2645" }, ["number"]],
    [{ type: "halal" as const, number: "ID35110000123450824" }, []],
    [{ type: "halal" as const, number: "HALAL-MUI" }, ["number"]],
    [
      { type: "non_halal_declaration" as const, number: "-", valid_until: null },
      ["notes"],
    ],
    [
      {
        type: "non_halal_declaration" as const,
        number: "-",
        valid_until: null,
        notes: "Babi",
      },
      [],
    ],
    [
      { type: "sni" as const, number: "SPPT-SNI", valid_until: new Date("2024-01-01") },
      ["valid_until"],
    ],
  ])("%j has problems with %j", (input, fields) => {
    expect(certificateProblems({ ...base, ...input }).map((p) => p.field)).toEqual(fields)
  })
})
