import { planBatches } from "./batches"
import { PRODUCTS } from "./products"

const NOW = new Date("2026-11-29T12:00:00.000Z")

describe("planBatches", () => {
  it("stocks every variant with exactly its seeded quantity", () => {
    for (const product of PRODUCTS) {
      const plans = planBatches(product, NOW)
      for (const variant of product.variants) {
        const planned = plans
          .filter((plan) => plan.sku === variant.sku)
          .reduce((sum, plan) => sum + plan.quantity - plan.sold_elsewhere, 0)
        expect({ sku: variant.sku, planned }).toEqual({
          sku: variant.sku,
          planned: variant.stock,
        })
      }
      expect(plans.every((plan) => plan.quantity > 0)).toBe(true)
      expect(
        product.variants.every((variant) =>
          plans.some((plan) => plan.sku === variant.sku),
        ),
      ).toBe(true)
    }
  })

  it("dates processed foods and leaves crafts and workshop goods without expiry", () => {
    for (const product of PRODUCTS) {
      for (const plan of planBatches(product, NOW)) {
        expect(plan.produced_at.getTime()).toBeLessThan(NOW.getTime())
        if (product.category === "kuliner-olahan") {
          expect(plan.best_before!.getTime()).toBeGreaterThan(plan.produced_at.getTime())
          expect(plan.expires_at!.getTime()).toBeGreaterThan(plan.best_before!.getTime())
          expect(plan.expires_at!.getTime()).toBeGreaterThan(NOW.getTime())
        } else {
          expect(plan).toMatchObject({ best_before: null, expires_at: null })
        }
      }
    }
  })

  it("gives larger stocks an older and a newer lot, oldest expiring first", () => {
    const food = PRODUCTS.find(
      (p) => p.category === "kuliner-olahan" && p.variants[0].stock >= 20,
    )!
    const lots = planBatches(food, NOW).filter((p) => p.sku === food.variants[0].sku)
    expect(lots).toHaveLength(2)
    expect(lots[0].expires_at!.getTime()).toBeLessThan(lots[1].expires_at!.getTime())
  })
})
