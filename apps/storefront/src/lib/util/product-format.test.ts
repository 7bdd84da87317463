import { describe, expect, it } from "vitest"

import {
  formatCount,
  formatPercent,
  formatPriceRange,
  formatWeight,
} from "./product-format"

describe("formatWeight", () => {
  it("shows grams below a kilogram", () => {
    expect(formatWeight(250, "id")).toBe("250 g")
    expect(formatWeight(999, "en")).toBe("999 g")
  })

  it("shows kilograms with the locale's decimal mark from a kilogram", () => {
    expect(formatWeight(1500, "id")).toBe("1,5 kg")
    expect(formatWeight(1500, "en")).toBe("1.5 kg")
    expect(formatWeight(12000, "id")).toBe("12 kg")
    expect(formatWeight(45250, "id")).toBe("45,3 kg")
  })

  it("shows nothing for a missing or impossible weight", () => {
    expect(formatWeight(0, "id")).toBeNull()
    expect(formatWeight(-3, "id")).toBeNull()
    expect(formatWeight(Number.NaN, "id")).toBeNull()
  })
})

describe("formatPriceRange", () => {
  it("shows one price when all agree, else the span in rupiah", () => {
    expect(formatPriceRange([25000, 25000])).toBe("Rp\u00a025.000")
    expect(formatPriceRange([45000, 25000, 30000])).toBe(
      "Rp\u00a025.000 – Rp\u00a045.000",
    )
    expect(formatPriceRange([])).toBeNull()
  })
})

describe("formatPercent and formatCount", () => {
  it("follow the locale", () => {
    expect(formatPercent(0.5, "id")).toBe("50%")
    expect(formatPercent(0.475, "en")).toBe("47.5%")
    expect(formatPercent(0.475, "id")).toBe("47,5%")
    expect(formatCount(1234, "id")).toBe("1.234")
    expect(formatCount(1234, "en")).toBe("1,234")
  })
})
