import { describe, expect, it } from "vitest"

import {
  CSV_EXAMPLE,
  csvExampleHref,
  padRows,
  QUICK_ORDER_START_ROWS,
  readQuickOrderRows,
  rowsAfterResult,
  toQuickOrderItems,
} from "./quick-order"

function rowsForm(rows: [string, string][]): FormData {
  const data = new FormData()
  for (const [sku, quantity] of rows) {
    data.append("sku", sku)
    data.append("quantity", quantity)
  }
  return data
}

describe("reading the quick order rows", () => {
  it("pairs each SKU with its quantity, trimmed, in form order", () => {
    expect(
      readQuickOrderRows(
        rowsForm([
          [" KRP-250 ", "24 "],
          ["", ""],
          ["TAS-M", "6"],
        ]),
      ),
    ).toEqual([
      { sku: "KRP-250", quantity: "24" },
      { sku: "", quantity: "" },
      { sku: "TAS-M", quantity: "6" },
    ])
  })
})

describe("the items to send", () => {
  it("skips blank rows and remembers each item's form row", () => {
    expect(
      toQuickOrderItems([
        { sku: "", quantity: "" },
        { sku: "KRP-250", quantity: "24" },
        { sku: "", quantity: "" },
        { sku: "TAS-M", quantity: "6" },
      ]),
    ).toEqual({
      items: [
        { sku: "KRP-250", quantity: 24 },
        { sku: "TAS-M", quantity: 6 },
      ],
      rowNumbers: [2, 4],
      problems: [],
    })
  })

  it("names rows that cannot be sent", () => {
    expect(
      toQuickOrderItems([
        { sku: "", quantity: "3" },
        { sku: "A", quantity: "" },
        { sku: "B", quantity: "0" },
        { sku: "C", quantity: "2.5" },
        { sku: "D", quantity: "-1" },
      ]).problems,
    ).toEqual([
      { row: 1, sku: null, field: "sku", code: "missing-sku" },
      { row: 2, sku: "A", field: "quantity", code: "missing-quantity" },
      { row: 3, sku: "B", field: "quantity", code: "invalid-quantity" },
      { row: 4, sku: "C", field: "quantity", code: "invalid-quantity" },
      { row: 5, sku: "D", field: "quantity", code: "invalid-quantity" },
    ])
  })
})

describe("the rows after an answer", () => {
  const sent = [
    { sku: "KRP-250", quantity: "24" },
    { sku: "SALAH", quantity: "2" },
    { sku: "TAS-M", quantity: "6" },
  ]

  it("empties rows that went into the cart and keeps refused ones in place", () => {
    const rows = rowsAfterResult(sent, {
      added: [
        { row: 1, sku: "KRP-250", quantity: 24, variant_id: "v1" },
        { row: 3, sku: "TAS-M", quantity: 6, variant_id: "v3" },
      ],
    })
    expect(rows.slice(0, 2)).toEqual([
      { sku: "", quantity: "" },
      { sku: "SALAH", quantity: "2" },
    ])
    expect(rows).toHaveLength(QUICK_ORDER_START_ROWS)
  })

  it("keeps more rows than the starting size when a late row was refused", () => {
    const many = Array.from({ length: 7 }, (_, index) => ({
      sku: `S${index + 1}`,
      quantity: "1",
    }))
    const rows = rowsAfterResult(many, {
      added: many.slice(0, 6).map((row, index) => ({
        row: index + 1,
        sku: row.sku,
        quantity: 1,
        variant_id: `v${index}`,
      })),
    })
    expect(rows).toHaveLength(7)
    expect(rows[6]).toEqual({ sku: "S7", quantity: "1" })
  })
})

it("pads the form to its starting rows", () => {
  expect(padRows([])).toHaveLength(QUICK_ORDER_START_ROWS)
  expect(
    padRows(Array.from({ length: 8 }, () => ({ sku: "A", quantity: "1" }))),
  ).toHaveLength(8)
})

it("offers the example as a CSV file with the contract's header", () => {
  expect(CSV_EXAMPLE.split("\n")[0]).toBe("sku,quantity")
  expect(decodeURIComponent(csvExampleHref().split(",").slice(1).join(","))).toBe(
    CSV_EXAMPLE,
  )
})
