import { describe, expect, it } from "vitest"

import {
  hasSearchFilters,
  normalizeSearchText,
  parseSearchParams,
  type ProductSearchParams,
  searchHref,
  searchQuery,
  storeSearchQuery,
  withoutRefusedSearch,
} from "./search-params"

describe("parseSearchParams", () => {
  it("reads the text, every filter, the sort and the page", () => {
    expect(
      parseSearchParams({
        q: " keripik tempe ",
        kategori: "kuliner-olahan",
        fasilitas: "rutan-bengkulu",
        halal: "ya",
        sertifikasi: "pirt",
        harga_min: "10000",
        harga_maks: "50000",
        stok: "ada",
        urutan: "termurah",
        halaman: "3",
      }),
    ).toEqual({
      q: "keripik tempe",
      category: "kuliner-olahan",
      facility: "rutan-bengkulu",
      halal: true,
      certification: "pirt",
      minPrice: 10000,
      maxPrice: 50000,
      inStock: true,
      sort: "price_asc",
      page: 3,
    })
  })

  it("defaults to the most relevant results on page 1, unfiltered", () => {
    expect(parseSearchParams({})).toEqual({ sort: "relevance", page: 1 })
  })

  it("reads every sort by its Indonesian slug", () => {
    expect(parseSearchParams({ urutan: "relevan" }).sort).toBe("relevance")
    expect(parseSearchParams({ urutan: "terbaru" }).sort).toBe("newest")
    expect(parseSearchParams({ urutan: "termurah" }).sort).toBe("price_asc")
    expect(parseSearchParams({ urutan: "termahal" }).sort).toBe("price_desc")
  })

  it("reads halal both ways and only 'ya' or 'tidak'", () => {
    expect(parseSearchParams({ halal: "tidak" }).halal).toBe(false)
    expect(parseSearchParams({ halal: "ya" }).halal).toBe(true)
    for (const halal of ["true", "1", "YA", ""]) {
      expect(parseSearchParams({ halal })).not.toHaveProperty("halal")
    }
  })

  it("drops unknown and malformed values instead of refusing the page", () => {
    expect(
      parseSearchParams({
        q: "   ",
        kategori: "../admin",
        fasilitas: "Lapas Jepara",
        halal: "mungkin",
        sertifikasi: "bpom",
        harga_min: "murah",
        harga_maks: "-5",
        stok: "habis",
        urutan: "price_asc",
        halaman: "0",
        lain: "x",
      }),
    ).toEqual({ sort: "relevance", page: 1 })
  })

  it("knows the backend's certificate types", () => {
    expect(parseSearchParams({ sertifikasi: "bpom_md" }).certification).toBe("bpom_md")
    expect(parseSearchParams({ sertifikasi: "sni" }).certification).toBe("sni")
  })

  it("reads prices as buyers type them and turns a reversed range", () => {
    expect(
      parseSearchParams({ harga_min: "Rp 150.000", harga_maks: "25 000" }),
    ).toMatchObject({ minPrice: 25000, maxPrice: 150000 })
    expect(parseSearchParams({ harga_min: "0" }).minPrice).toBe(0)
  })

  it("cuts an overlong search to 200 characters and uses the first of repeated params", () => {
    expect(parseSearchParams({ q: "a".repeat(300) }).q).toHaveLength(200)
    expect(parseSearchParams({ q: ["kopi", "teh"], halaman: ["2", "5"] })).toEqual({
      q: "kopi",
      sort: "relevance",
      page: 2,
    })
  })
})

describe("normalizeSearchText", () => {
  it("trims and cuts the text the way the backend takes it", () => {
    expect(normalizeSearchText("  kopi  ")).toBe("kopi")
    expect(normalizeSearchText(`${"a".repeat(199)} b`)).toBe("a".repeat(199))
  })
})

describe("searchHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(searchHref({})).toBe("/cari")
    expect(searchHref({ sort: "relevance", page: 1 })).toBe("/cari")
    expect(searchHref({ q: "kopi bubuk" })).toBe("/cari?q=kopi+bubuk")
  })

  it("writes every filter under its Indonesian name", () => {
    expect(
      searchHref({
        q: "kursi",
        category: "hasil-bengkel-kerja",
        facility: "lapas-jepara",
        halal: false,
        certification: "sni",
        minPrice: 100000,
        maxPrice: 2500000,
        inStock: true,
        sort: "price_desc",
        page: 2,
      }),
    ).toBe(
      "/cari?q=kursi&kategori=hasil-bengkel-kerja&fasilitas=lapas-jepara&halal=tidak&sertifikasi=sni&harga_min=100000&harga_maks=2500000&stok=ada&urutan=termahal&halaman=2",
    )
  })

  it("reads back what it writes", () => {
    const params: ProductSearchParams = {
      q: "tas & dompet",
      category: "kerajinan-tangan",
      facility: "lapas-perempuan-malang",
      halal: true,
      certification: "halal",
      minPrice: 0,
      maxPrice: 150000,
      inStock: true,
      sort: "newest",
      page: 4,
    }
    expect(
      parseSearchParams(Object.fromEntries(new URLSearchParams(searchQuery(params)))),
    ).toEqual(params)
  })
})

describe("hasSearchFilters", () => {
  it("counts filters, not the text, the sort or the page", () => {
    expect(hasSearchFilters({ q: "kopi", sort: "price_desc", page: 3 })).toBe(false)
    expect(hasSearchFilters({ halal: false })).toBe(true)
    expect(hasSearchFilters({ minPrice: 0 })).toBe(true)
    expect(hasSearchFilters({ inStock: true })).toBe(true)
  })
})

describe("storeSearchQuery", () => {
  it("names the parameters as /store/search does and sends only those set", () => {
    expect(
      storeSearchQuery({
        q: "keripik",
        halal: false,
        inStock: true,
        maxPrice: 50000,
        sort: "relevance",
        page: 2,
      }),
    ).toEqual({
      q: "keripik",
      halal: "false",
      in_stock: "true",
      max_price: 50000,
      sort: "relevance",
      page: 2,
      limit: 12,
    })
    expect(storeSearchQuery({ q: "ke", sort: "relevance", page: 1 }, 5)).toEqual({
      q: "ke",
      sort: "relevance",
      page: 1,
      limit: 5,
    })
  })
})

describe("withoutRefusedSearch", () => {
  const params: ProductSearchParams = {
    q: "keripik",
    category: "kategori-lama",
    facility: "rutan-tutup",
    halal: true,
    minPrice: 1000,
    maxPrice: 5000,
    sort: "price_asc",
    page: 3,
  }

  it("drops the parameter the message starts with and goes back to page 1", () => {
    expect(
      withoutRefusedSearch(
        params,
        'category: no category has the handle "kategori-lama"',
      ),
    ).toEqual({
      q: "keripik",
      facility: "rutan-tutup",
      halal: true,
      minPrice: 1000,
      maxPrice: 5000,
      sort: "price_asc",
      page: 1,
    })
  })

  it("does not drop names that only appear inside the message", () => {
    const kept = withoutRefusedSearch(
      params,
      "min_price: must not be more than max_price",
    )
    expect(kept).not.toHaveProperty("minPrice")
    expect(kept).toMatchObject({ maxPrice: 5000, category: "kategori-lama" })
  })

  it("drops every parameter of a joined message and resets a refused sort", () => {
    expect(
      withoutRefusedSearch(
        params,
        "facility: give a handle; sort: one of relevance, newest, price_asc, price_desc",
      ),
    ).toEqual({
      q: "keripik",
      category: "kategori-lama",
      halal: true,
      minPrice: 1000,
      maxPrice: 5000,
      sort: "relevance",
      page: 1,
    })
    expect(
      withoutRefusedSearch(
        params,
        "Expected: 'true, false' for field 'halal', but got: 'ya'",
      ),
    ).not.toHaveProperty("halal")
  })

  it("gives up when dropping what the message names would change nothing", () => {
    expect(withoutRefusedSearch(params, "Invalid request")).toBeNull()
    expect(withoutRefusedSearch(params, "limit: a number from 1 to 48")).toBeNull()
    expect(
      withoutRefusedSearch({ q: "x", sort: "relevance", page: 1 }, "in_stock: true only"),
    ).toBeNull()
    expect(withoutRefusedSearch(params, "constructor: nothing")).toBeNull()
    expect(
      withoutRefusedSearch({ q: "x", sort: "relevance", page: 1 }, "sort: one of …"),
    ).toBeNull()
  })

  it("goes back to page 1 when the page itself is refused", () => {
    expect(withoutRefusedSearch(params, "page: a page number from 1")).toEqual({
      ...params,
      page: 1,
    })
  })
})
