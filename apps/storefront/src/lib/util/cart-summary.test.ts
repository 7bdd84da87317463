import { describe, expect, it } from "vitest"

import { displayTotals, itemCount, lineTotal } from "./cart-summary"
import { formatWeight } from "./product-format"
import { everyGroupHasOption } from "./shipping-groups"

describe("cart summary", () => {
  it("counts units, not lines", () => {
    expect(itemCount([{ quantity: 2 }, { quantity: 1 }])).toBe(3)
    expect(itemCount(undefined)).toBe(0)
  })

  it("prices a line from its total, or unit price times quantity", () => {
    expect(lineTotal({ quantity: 2, unit_price: 75000, total: 150000 })).toBe(150000)
    expect(lineTotal({ quantity: 2, unit_price: 75000 })).toBe(150000)
  })

  it("shows the PPN inside the total in whole rupiah", () => {
    expect(
      displayTotals({
        item_total: 150000,
        shipping_total: 9000,
        tax_total: 15756.756,
        total: 159000,
      }),
    ).toEqual({ items: 150000, shipping: 9000, taxIncluded: 15757, total: 159000 })
  })
})

describe("shipping groups", () => {
  it("formats weights in kilograms with the locale's decimal mark", () => {
    expect(formatWeight(1250, "id")).toBe("1,3 kg")
    expect(formatWeight(25000, "id")).toBe("25 kg")
    expect(formatWeight(1250, "en")).toBe("1.3 kg")
    expect(formatWeight(1_250_000, "en")).toBe("1,250 kg")
  })

  it("is not chosen while there are no groups at all", () => {
    expect(everyGroupHasOption([])).toBe(false)
  })
})
