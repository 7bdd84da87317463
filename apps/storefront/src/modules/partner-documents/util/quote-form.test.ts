import { describe, expect, it } from "vitest"

import {
  findVariantIdBySku,
  hasQuoteFormErrors,
  MAX_QUOTE_ROWS,
  parseQuantity,
  readQuoteForm,
  toQuoteItems,
  validateQuoteForm,
} from "./quote-form"

function form(rows: [string, string, string][], notes = ""): FormData {
  const data = new FormData()
  for (const [sku, quantity, note] of rows) {
    data.append("sku", sku)
    data.append("quantity", quantity)
    data.append("note", note)
  }
  data.append("notes", notes)
  return data
}

describe("readQuoteForm", () => {
  it("keeps each row's fields together and drops blank rows", () => {
    const values = readQuoteForm(
      form(
        [
          [" KRJ-01 ", "100", "warna natural"],
          ["", "", ""],
          ["MBL-02", " 5 ", ""],
        ],
        "  Dikirim sebelum Lebaran ",
      ),
    )
    expect(values).toEqual({
      rows: [
        { sku: "KRJ-01", quantity: "100", note: "warna natural" },
        { sku: "MBL-02", quantity: "5", note: "" },
      ],
      notes: "Dikirim sebelum Lebaran",
    })
  })

  it("keeps a row with only a note, so its missing SKU can be pointed out", () => {
    expect(readQuoteForm(form([["", "", "ukuran besar"]])).rows).toEqual([
      { sku: "", quantity: "", note: "ukuran besar" },
    ])
  })
})

describe("parseQuantity", () => {
  it("reads whole numbers, with Indonesian thousands dots", () => {
    expect(parseQuantity("12")).toBe(12)
    expect(parseQuantity("1.000")).toBe(1000)
    expect(parseQuantity("1.250.000")).toBe(1250000)
  })

  it("refuses zero, fractions, negative numbers and words", () => {
    for (const value of ["0", "1.5", "1,5", "-3", "dua", "", "1.00", "12.000.000.000"]) {
      expect(parseQuantity(value), value).toBeNull()
    }
  })
})

describe("validateQuoteForm", () => {
  it("points at each row's missing or wrong field", () => {
    const check = validateQuoteForm({
      rows: [
        { sku: "KRJ-01", quantity: "10", note: "" },
        { sku: "", quantity: "", note: "x" },
        { sku: "MBL-02", quantity: "0", note: "" },
      ],
      notes: "",
    })
    expect(check).toEqual({
      rows: [
        {},
        { sku: "required", quantity: "required" },
        { quantity: "invalid-quantity" },
      ],
    })
    expect(hasQuoteFormErrors(check)).toBe(true)
  })

  it("asks for at least one row and at most the backend's limit", () => {
    expect(validateQuoteForm({ rows: [], notes: "" }).problem).toBe("no-rows")
    const row = { sku: "KRJ-01", quantity: "1", note: "" }
    const tooMany = validateQuoteForm({
      rows: Array.from({ length: MAX_QUOTE_ROWS + 1 }, () => row),
      notes: "",
    })
    expect(tooMany.problem).toBe("too-many-rows")
    expect(hasQuoteFormErrors(tooMany)).toBe(true)
  })

  it("passes a complete form", () => {
    const check = validateQuoteForm({
      rows: [{ sku: "KRJ-01", quantity: "1.000", note: "" }],
      notes: "",
    })
    expect(hasQuoteFormErrors(check)).toBe(false)
  })
})

describe("findVariantIdBySku", () => {
  const products = [
    {
      variants: [
        { variant_id: "variant_a", sku: "KRJ-01" },
        { variant_id: "variant_b", sku: "KRJ-010" },
      ],
    },
    { variants: [{ variant_id: "variant_c", sku: null }] },
  ]

  it("takes only an exact SKU, not one the search matched in part", () => {
    expect(findVariantIdBySku(products, "KRJ-01")).toBe("variant_a")
    expect(findVariantIdBySku(products, "KRJ-0")).toBeNull()
  })

  it("forgives letter case when that leaves one variant", () => {
    expect(findVariantIdBySku(products, "krj-010")).toBe("variant_b")
    const twins = [
      { variants: [{ variant_id: "variant_x", sku: "abc" }] },
      { variants: [{ variant_id: "variant_y", sku: "ABC" }] },
    ]
    expect(findVariantIdBySku(twins, "Abc")).toBeNull()
    expect(findVariantIdBySku(twins, "ABC")).toBe("variant_y")
  })
})

describe("toQuoteItems", () => {
  it("turns rows into the backend's items and reports unknown SKUs on their row", () => {
    const result = toQuoteItems(
      [
        { sku: "KRJ-01", quantity: "1.000", note: "natural" },
        { sku: "NOPE", quantity: "2", note: "" },
        { sku: "KRJ-01", quantity: "5", note: "" },
      ],
      new Map([
        ["KRJ-01", "variant_a"],
        ["NOPE", null],
      ]),
    )
    expect(result.items).toEqual([
      { variant_id: "variant_a", quantity: 1000, note: "natural" },
      { variant_id: "variant_a", quantity: 5 },
    ])
    expect(result.rows).toEqual([{}, { sku: "unknown-sku" }, {}])
  })
})
