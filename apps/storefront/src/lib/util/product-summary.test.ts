import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"

import { cheapestPrice, isSoldOut } from "./product-summary"

function product(
  variants: Partial<HttpTypes.StoreProductVariant>[],
): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Keripik Tempe",
    variants,
  } as unknown as HttpTypes.StoreProduct
}

const price = (calculated_amount: number | null, calculated_amount_with_tax?: number) =>
  ({
    calculated_price: { calculated_amount, calculated_amount_with_tax },
  }) as Partial<HttpTypes.StoreProductVariant>

describe("cheapestPrice", () => {
  it("prefers the tax-inclusive amount when Medusa calculated it", () => {
    expect(cheapestPrice(product([price(100000, 111000), price(90000, 99900)]))).toBe(
      99900,
    )
  })

  it("ignores variants without a price for the region", () => {
    expect(cheapestPrice(product([{}, price(null), price(25000)]))).toBe(25000)
    expect(cheapestPrice(product([{}]))).toBeNull()
    expect(cheapestPrice(product([]))).toBeNull()
  })
})

describe("isSoldOut", () => {
  it("is sold out only when every variant has no stock", () => {
    expect(
      isSoldOut(product([{ inventory_quantity: 0 }, { inventory_quantity: 0 }])),
    ).toBe(true)
    expect(
      isSoldOut(product([{ inventory_quantity: 0 }, { inventory_quantity: 2 }])),
    ).toBe(false)
  })

  it("treats variants without inventory data or with backorders as orderable", () => {
    expect(isSoldOut(product([{ inventory_quantity: 0 }, {}]))).toBe(false)
    expect(isSoldOut(product([{ inventory_quantity: 0, allow_backorder: true }]))).toBe(
      false,
    )
    expect(isSoldOut(product([]))).toBe(false)
  })
})
