import { describe, expect, it } from "vitest"

import {
  pageCount,
  priceListHref,
  priceListQuery,
  readPriceListParams,
} from "./price-list"

describe("price list params", () => {
  it("reads the search and the page", () => {
    expect(readPriceListParams({ q: "  keripik ", halaman: "3" })).toEqual({
      q: "keripik",
      page: 3,
    })
  })

  it("reads anything odd as no search on page 1", () => {
    expect(readPriceListParams({ q: ["", "x"], halaman: "-2" })).toEqual({
      q: "",
      page: 1,
    })
    expect(readPriceListParams({ q: "a".repeat(300) }).q).toHaveLength(200)
  })

  it("leaves defaults out of the URL", () => {
    expect(priceListQuery({ q: "", page: 1 })).toEqual({})
    expect(priceListHref({ q: "", page: 1 })).toBe("/akun/mitra/harga")
    expect(priceListHref({ q: "tas anyam", page: 2 })).toBe(
      "/akun/mitra/harga?q=tas+anyam&halaman=2",
    )
  })
})

it("counts pages, at least one", () => {
  expect(pageCount(0)).toBe(1)
  expect(pageCount(24)).toBe(1)
  expect(pageCount(25)).toBe(2)
})
