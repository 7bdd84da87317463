import { describe, expect, it } from "vitest"

import { parseProductListParams, productListHref } from "./product-list-params"

describe("parseProductListParams", () => {
  it("reads category and page", () => {
    expect(parseProductListParams({ kategori: "kuliner-olahan", halaman: "3" })).toEqual({
      category: "kuliner-olahan",
      page: 3,
    })
  })

  it("falls back to page 1 for missing or malformed pages", () => {
    for (const halaman of [
      undefined,
      "",
      "0",
      "-2",
      "2.5",
      "abc",
      "99999999999999999999",
    ]) {
      expect(parseProductListParams({ halaman }).page).toBe(1)
    }
  })

  it("uses the first value of repeated params", () => {
    expect(parseProductListParams({ kategori: ["a", "b"], halaman: ["2", "5"] })).toEqual(
      {
        category: "a",
        page: 2,
      },
    )
  })
})

describe("productListHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(productListHref({})).toBe("/produk")
    expect(productListHref({ page: 1 })).toBe("/produk")
  })

  it("keeps the category when paging", () => {
    expect(productListHref({ category: "hasil-bengkel-kerja", page: 2 })).toBe(
      "/produk?kategori=hasil-bengkel-kerja&halaman=2",
    )
  })
})
