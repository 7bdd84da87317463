import { describe, expect, it } from "vitest"
import { defaultRateTable } from "./default-rates"
import { canonicalProvince, PROVINCES } from "./provinces"
import { DEFAULT_POLICY, quoteShipment, UNKNOWN_ITEM_WEIGHT_GRAMS } from "./quote"

const rate = {
  courier_first_kg: 10_000,
  courier_next_kg: 4_000,
  freight_per_kg: 3_000,
  eta_min_days: 2,
  eta_max_days: 4,
}

describe("quoteShipment", () => {
  it("bills the first kilogram and every started one after it", () => {
    const items = [{ quantity: 3, unit_price: 20_000, weight: 700 }]
    // 2.1 kg → 3 billed kilograms
    expect(quoteShipment("courier", rate, DEFAULT_POLICY, items)).toEqual({
      amount: 10_000 + 2 * 4_000,
      weight_grams: 2_100,
      billable_kg: 3,
      free_shipping: false,
    })
  })

  it("bills at least one kilogram, and a unit without a weight as one kilogram", () => {
    expect(
      quoteShipment("courier", rate, DEFAULT_POLICY, [
        { quantity: 1, unit_price: 5_000, weight: 50 },
      ]).amount,
    ).toEqual(10_000)
    expect(
      quoteShipment("courier", rate, DEFAULT_POLICY, [
        { quantity: 2, unit_price: 5_000, weight: null },
      ]).weight_grams,
    ).toEqual(2 * UNKNOWN_ITEM_WEIGHT_GRAMS)
  })

  it("ships parcels free from the threshold, never freight", () => {
    const items = [
      { quantity: 1, unit_price: DEFAULT_POLICY.free_shipping_threshold, weight: 25_000 },
    ]
    expect(quoteShipment("courier", rate, DEFAULT_POLICY, items)).toMatchObject({
      amount: 0,
      free_shipping: true,
    })
    expect(quoteShipment("freight", rate, DEFAULT_POLICY, items)).toMatchObject({
      amount: 25 * 3_000,
      free_shipping: false,
    })
  })

  it("bills freight from its minimum weight", () => {
    const items = [{ quantity: 1, unit_price: 900_000, weight: 4_000 }]
    expect(quoteShipment("freight", rate, DEFAULT_POLICY, items)).toMatchObject({
      amount: DEFAULT_POLICY.freight_minimum_kg * 3_000,
      billable_kg: DEFAULT_POLICY.freight_minimum_kg,
    })
  })

  it("turns the threshold off at zero", () => {
    const policy = { ...DEFAULT_POLICY, free_shipping_threshold: 0 }
    const items = [{ quantity: 1, unit_price: 5_000_000, weight: 1_000 }]
    expect(quoteShipment("courier", rate, policy, items).free_shipping).toBe(false)
  })
})

describe("the starting rate table", () => {
  const table = defaultRateTable()

  it("prices every province to every province once", () => {
    expect(PROVINCES).toHaveLength(38)
    expect(table).toHaveLength(38 * 38)
    const pairs = new Set(
      table.map((r) => `${r.origin_province}>${r.destination_province}`),
    )
    expect(pairs.size).toEqual(table.length)
  })

  it("costs more the farther the goods travel", () => {
    const from = (destination: string) =>
      table.find(
        (r) =>
          r.origin_province === "Jawa Tengah" && r.destination_province === destination,
      )!.courier_first_kg
    expect(from("Jawa Tengah")).toBeLessThan(from("Jawa Timur"))
    expect(from("Jawa Timur")).toBeLessThan(from("Lampung"))
    expect(from("Lampung")).toBeLessThan(from("Papua"))
  })

  it("reads province names whatever their case and spacing", () => {
    expect(canonicalProvince("  jawa   TIMUR ")).toEqual("Jawa Timur")
    expect(canonicalProvince("Atlantis")).toBeUndefined()
  })
})
