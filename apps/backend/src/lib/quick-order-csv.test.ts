import { describe, expect, it } from "vitest"
import { CsvShapeError, parseQuickOrderCsv } from "./quick-order-csv"

describe("parseQuickOrderCsv", () => {
  it("reads sku and quantity by header name, numbering data rows from 1", () => {
    expect(
      parseQuickOrderCsv("quantity,sku,note\n24,KRP-APL-100,x\n5,TTK-JTI-6,", 10),
    ).toEqual([
      { row: 1, sku: "KRP-APL-100", quantity: "24" },
      { row: 2, sku: "TTK-JTI-6", quantity: "5" },
    ])
  })

  it("accepts semicolons, a byte-order mark, blank lines and the Indonesian column name", () => {
    expect(parseQuickOrderCsv("\uFEFFSKU;Jumlah\r\n\r\nKRP-APL-100;12\r\n", 10)).toEqual([
      { row: 1, sku: "KRP-APL-100", quantity: "12" },
    ])
  })

  it("keeps short rows so the row itself can be reported", () => {
    expect(parseQuickOrderCsv("sku,quantity\nKRP-APL-100", 10)).toEqual([
      { row: 1, sku: "KRP-APL-100", quantity: null },
    ])
  })

  it("refuses a file without the columns, without rows or with too many rows", () => {
    expect(() => parseQuickOrderCsv("kode,banyak\nA,1", 10)).toThrow(CsvShapeError)
    expect(() => parseQuickOrderCsv("sku,quantity\n", 10)).toThrow(/no rows/)
    expect(() => parseQuickOrderCsv("sku,quantity\nA,1\nB,2", 1)).toThrow(/at most 1/)
  })
})
