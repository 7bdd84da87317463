import { describe, expect, it } from "vitest"

import { addedQuantity, refusalText, renumberRows, toRowResult } from "./row-result"

const answer = {
  added: [
    { row: 3, sku: "TAS-M", quantity: 6, variant_id: "variant_2" },
    { row: 1, sku: "KRP-250", quantity: 24, variant_id: "variant_1" },
  ],
  errors: [
    {
      row: 4,
      sku: "X",
      field: "quantity",
      code: "below_minimum",
      limit: 12,
      message: "below the minimum of 12",
    },
    { row: 2, sku: null, field: "sku", message: "unknown SKU" },
  ],
  cart_id: "cart_1",
}

describe("reading a RowResult", () => {
  it("keeps the contract's rows in row order", () => {
    expect(toRowResult(answer)).toEqual({
      added: [
        { row: 1, sku: "KRP-250", quantity: 24, variant_id: "variant_1" },
        { row: 3, sku: "TAS-M", quantity: 6, variant_id: "variant_2" },
      ],
      errors: [
        {
          row: 2,
          sku: null,
          field: "sku",
          code: null,
          limit: null,
          message: "unknown SKU",
        },
        {
          row: 4,
          sku: "X",
          field: "quantity",
          code: "below_minimum",
          limit: 12,
          message: "below the minimum of 12",
        },
      ],
      cart_id: "cart_1",
    })
  })

  it("leaves out rows without the contract's shape", () => {
    expect(
      toRowResult({
        added: [{ row: "1", sku: "A", quantity: 1, variant_id: "v" }, null],
        errors: [{ row: 2, sku: "", field: "other", message: "bad" }, { row: 3 }],
      }),
    ).toEqual({
      added: [],
      errors: [
        { row: 2, sku: null, field: "sku", code: null, limit: null, message: "bad" },
      ],
      cart_id: "",
    })
  })

  it("reads anything else as an empty result", () => {
    expect(toRowResult(null)).toEqual({ added: [], errors: [], cart_id: "" })
  })
})

describe("wording a refused row", () => {
  const t = (key: string, values: { limit: number }) => `${key}:${values.limit}`

  it("words a known reason itself and keeps the backend's message otherwise", () => {
    const [unknown, below] = toRowResult(answer).errors
    expect(refusalText(t, below)).toEqual("reasons.below_minimum:12")
    expect(refusalText(t, unknown)).toEqual("unknown SKU")
  })
})

describe("renumbering rows", () => {
  it("gives each row the number the form shows it under", () => {
    const renumbered = renumberRows(toRowResult(answer), [2, 5, 6, 9])
    expect(renumbered.added.map((row) => row.row)).toEqual([2, 6])
    expect(renumbered.errors.map((row) => row.row)).toEqual([5, 9])
  })

  it("keeps a number it cannot place", () => {
    expect(renumberRows(toRowResult(answer), [7]).errors.map((row) => row.row)).toEqual([
      2, 4,
    ])
  })
})

it("counts the units added", () => {
  expect(addedQuantity(toRowResult(answer))).toBe(30)
})
