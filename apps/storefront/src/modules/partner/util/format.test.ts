import { describe, expect, it } from "vitest"

import { formatRupiah } from "@/lib/money"

import { sortTiers, tierQuantityLabel } from "./format"

describe("tier quantity labels", () => {
  it("prints an open tier as from its minimum", () => {
    expect(tierQuantityLabel({ min_quantity: 24, max_quantity: null })).toBe("≥ 24")
  })

  it("prints a range and a single quantity", () => {
    expect(tierQuantityLabel({ min_quantity: 12, max_quantity: 23 })).toBe("12–23")
    expect(tierQuantityLabel({ min_quantity: 6, max_quantity: 6 })).toBe("6")
  })

  it("reads a minimum below one as one", () => {
    expect(tierQuantityLabel({ min_quantity: 0, max_quantity: 11 })).toBe("1–11")
  })

  it("reads as the price list prints it, with the rupiah helper", () => {
    const tier = { min_quantity: 24, max_quantity: null, amount: 18000 }
    expect(`${tierQuantityLabel(tier)}: ${formatRupiah(tier.amount)}`).toBe(
      "≥ 24: Rp\u00a018.000",
    )
  })
})

it("sorts tiers from the smallest quantity up", () => {
  expect(
    sortTiers([
      { min_quantity: 24, max_quantity: null, amount: 18000 },
      { min_quantity: 1, max_quantity: 11, amount: 21000 },
      { min_quantity: 12, max_quantity: 23, amount: 19500 },
    ]).map((tier) => tier.min_quantity),
  ).toEqual([1, 12, 24])
})
