import { describe, expect, it } from "vitest"
import { WORKSHOPS } from "../../src/scripts/seed-data"
import { generatedProducts, VARIANTS_PER_PRODUCT } from "./catalog-data"

describe("generatedProducts", () => {
  const workshops = WORKSHOPS.map((workshop) => workshop.handle)
  const products = generatedProducts(2_000, workshops)

  it("makes the same catalog for the same seed", () => {
    expect(generatedProducts(2_000, workshops)).toEqual(products)
  })

  it("gives every product its variants, a price and stock, and unique keys", () => {
    expect(products).toHaveLength(2_000)
    const variants = products.flatMap((product) => product.variants)
    expect(variants).toHaveLength(2_000 * VARIANTS_PER_PRODUCT)
    expect(variants.every((v) => v.price > 0 && Number.isInteger(v.price))).toBe(true)
    expect(variants.every((v) => v.stock > 0)).toBe(true)
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length)
    expect(new Set(products.map((p) => p.handle)).size).toBe(products.length)
    expect(new Set(products.map((p) => p.batch_code)).size).toBe(products.length)
  })

  it("has products made by every workshop given, and by no other", () => {
    expect(new Set(products.map((product) => product.workshop))).toEqual(
      new Set(workshops),
    )
  })
})
