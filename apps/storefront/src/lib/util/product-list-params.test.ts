import { describe, expect, it } from "vitest"

import {
  catalogQuery,
  hasActiveFilters,
  parseProductListParams,
  productListHref,
  type ProductListParams,
  withoutRefused,
} from "./product-list-params"

describe("parseProductListParams", () => {
  it("reads every filter, the sort and the page", () => {
    expect(
      parseProductListParams({
        q: " keripik ",
        kategori: "kuliner-olahan",
        fasilitas: "rutan-bengkulu",
        sertifikasi: "halal",
        harga_min: "10000",
        harga_maks: "50000",
        urutan: "termurah",
        halaman: "3",
      }),
    ).toEqual({
      q: "keripik",
      category: "kuliner-olahan",
      facility: "rutan-bengkulu",
      certification: "halal",
      minPrice: 10000,
      maxPrice: 50000,
      sort: "price_asc",
      page: 3,
    })
  })

  it("defaults to the newest products on page 1, unfiltered", () => {
    expect(parseProductListParams({})).toEqual({ sort: "newest", page: 1 })
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

  it("drops malformed values instead of refusing the page", () => {
    expect(
      parseProductListParams({
        kategori: "../admin",
        fasilitas: "Lapas Jepara",
        sertifikasi: "organik",
        harga_min: "murah",
        harga_maks: "-5",
        urutan: "acak",
        q: "   ",
      }),
    ).toEqual({ sort: "newest", page: 1 })
  })

  it("reads prices as buyers type them in rupiah", () => {
    expect(parseProductListParams({ harga_min: "Rp 150.000" }).minPrice).toBe(150000)
    expect(parseProductListParams({ harga_min: "25 000" }).minPrice).toBe(25000)
    expect(parseProductListParams({ harga_min: "0" }).minPrice).toBe(0)
    expect(parseProductListParams({ harga_min: "1e5" }).minPrice).toBeUndefined()
    expect(
      parseProductListParams({ harga_min: "1234567890123" }).minPrice,
    ).toBeUndefined()
  })

  it("turns a price range typed the wrong way round", () => {
    const { minPrice, maxPrice } = parseProductListParams({
      harga_min: "90000",
      harga_maks: "20000",
    })
    expect([minPrice, maxPrice]).toEqual([20000, 90000])
  })

  it("lower-cases handles and cuts an overlong search", () => {
    const params = parseProductListParams({
      kategori: "Kuliner-Olahan",
      q: "a".repeat(300),
    })
    expect(params.category).toBe("kuliner-olahan")
    expect(params.q).toHaveLength(200)
  })

  it("uses the first value of repeated params", () => {
    expect(parseProductListParams({ kategori: ["a", "b"], halaman: ["2", "5"] })).toEqual(
      {
        category: "a",
        sort: "newest",
        page: 2,
      },
    )
  })
})

describe("productListHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(productListHref({})).toBe("/produk")
    expect(productListHref({ page: 1, sort: "newest" })).toBe("/produk")
  })

  it("keeps the category when paging", () => {
    expect(productListHref({ category: "hasil-bengkel-kerja", page: 2 })).toBe(
      "/produk?kategori=hasil-bengkel-kerja&halaman=2",
    )
  })

  it("writes every filter under its Indonesian name, on any listing path", () => {
    expect(
      productListHref(
        {
          q: "kopi bubuk",
          facility: "lapas-jepara",
          certification: "bpom_md",
          minPrice: 20000,
          maxPrice: 300000,
          sort: "price_desc",
          page: 4,
        },
        "/kategori/kuliner-olahan",
      ),
    ).toBe(
      "/kategori/kuliner-olahan?q=kopi+bubuk&fasilitas=lapas-jepara&sertifikasi=bpom_md&harga_min=20000&harga_maks=300000&urutan=termahal&halaman=4",
    )
  })

  it("reads back what it writes", () => {
    const params: ProductListParams = {
      q: "tas & dompet",
      category: "kerajinan-tangan",
      facility: "lapas-perempuan-malang",
      certification: "halal",
      minPrice: 0,
      maxPrice: 150000,
      sort: "price_asc",
      page: 2,
    }
    const query = productListHref(params).split("?")[1]
    expect(
      parseProductListParams(Object.fromEntries(new URLSearchParams(query))),
    ).toEqual(params)
  })
})

describe("hasActiveFilters", () => {
  it("counts filters, not the sort or the page", () => {
    expect(hasActiveFilters({ sort: "price_desc", page: 3 })).toBe(false)
    expect(hasActiveFilters({ minPrice: 0 })).toBe(true)
    expect(hasActiveFilters({ certification: "halal" })).toBe(true)
  })
})

describe("catalogQuery", () => {
  it("names the parameters as /store/catalog does and sends only those set", () => {
    expect(
      catalogQuery({
        category: "kuliner-olahan",
        certification: "halal",
        maxPrice: 50000,
        sort: "price_asc",
        page: 2,
      }),
    ).toEqual({
      category: "kuliner-olahan",
      certification: "halal",
      max_price: 50000,
      sort: "price_asc",
      page: 2,
      limit: 12,
    })
  })
})

describe("withoutRefused", () => {
  const params: ProductListParams = {
    category: "kuliner-olahan",
    facility: "rutan-tutup",
    minPrice: 1000,
    maxPrice: 5000,
    sort: "price_asc",
    page: 3,
  }

  it("drops what the backend's message names and goes back to page 1", () => {
    expect(
      withoutRefused(params, 'facility: no facility has the handle "rutan-tutup"'),
    ).toEqual({
      category: "kuliner-olahan",
      minPrice: 1000,
      maxPrice: 5000,
      sort: "price_asc",
      page: 1,
    })
    expect(
      withoutRefused(params, "min_price: must not be more than max_price"),
    ).toMatchObject({ category: "kuliner-olahan", facility: "rutan-tutup" })
    expect(
      withoutRefused(params, "min_price: must not be more than max_price"),
    ).not.toHaveProperty("minPrice")
  })

  it("gives up when the message names nothing it sent", () => {
    expect(withoutRefused(params, "Invalid request")).toBeNull()
  })
})
