import { describe, expect, it } from "vitest"

import {
  type CatalogProduct,
  facetsOf,
  pageOfProducts,
  type StoreProductWithProvenance,
  toCatalogProduct,
} from "./product-catalog"

const NOW = new Date("2026-11-30T05:00:00.000Z")

describe("toCatalogProduct", () => {
  it("reshapes a store product with its workshop, facility and valid certificates", () => {
    const product = {
      id: "prod_1",
      handle: "kopi-bubuk-robusta-bengkulu",
      title: "Kopi Bubuk Robusta Bengkulu",
      subtitle: null,
      thumbnail: "http://localhost:9000/static/kopi.svg",
      categories: [{ id: "pcat_1", handle: "kuliner-olahan", name: "Kuliner Olahan" }],
      variants: [
        {
          id: "v1",
          inventory_quantity: 0,
          calculated_price: { calculated_amount: 45000 },
        },
        {
          id: "v2",
          inventory_quantity: 3,
          calculated_price: { calculated_amount: 25000 },
        },
      ],
      workshop: {
        handle: "dapur-olahan-bengkulu",
        name: "Dapur Olahan Rutan Bengkulu",
        facility: { handle: "rutan-bengkulu", name: "Rutan Kelas IIB Bengkulu" },
      },
      product_quality: {
        certificates: {
          items: [
            {
              type: "bpom_md",
              number: "MD 264517001125",
              issuer: "Badan POM RI",
              valid_from: "2024-07-02T00:00:00.000Z",
              valid_until: "2029-07-02T00:00:00.000Z",
            },
            {
              type: "halal",
              number: "ID1",
              issuer: "BPJPH",
              valid_from: "2020-01-01T00:00:00.000Z",
              valid_until: "2024-01-01T00:00:00.000Z",
            },
          ],
        },
      },
    } as unknown as StoreProductWithProvenance

    expect(toCatalogProduct(product, NOW)).toEqual({
      id: "prod_1",
      handle: "kopi-bubuk-robusta-bengkulu",
      title: "Kopi Bubuk Robusta Bengkulu",
      subtitle: null,
      thumbnail: "http://localhost:9000/static/kopi.svg",
      price: { amount: 25000, currency_code: "idr" },
      in_stock: true,
      category: { handle: "kuliner-olahan", name: "Kuliner Olahan" },
      workshop: { handle: "dapur-olahan-bengkulu", name: "Dapur Olahan Rutan Bengkulu" },
      facility: { handle: "rutan-bengkulu", name: "Rutan Kelas IIB Bengkulu" },
      certifications: ["bpom_md"],
    })
  })

  it("leaves out what the product does not have", () => {
    const bare = toCatalogProduct(
      {
        id: "prod_2",
        handle: "x",
        title: "X",
        variants: [{ id: "v", inventory_quantity: 0 }],
      } as unknown as StoreProductWithProvenance,
      NOW,
    )
    expect(bare).toMatchObject({
      price: null,
      in_stock: false,
      category: null,
      workshop: null,
      facility: null,
      certifications: [],
    })
  })
})

const product = (
  id: string,
  amount: number | null,
  extra: Partial<CatalogProduct> = {},
): CatalogProduct => ({
  id,
  handle: id,
  title: `Produk ${id}`,
  subtitle: null,
  thumbnail: null,
  price: amount === null ? null : { amount, currency_code: "idr" },
  in_stock: true,
  category: { handle: "kuliner-olahan", name: "Kuliner Olahan" },
  workshop: null,
  facility: { handle: "rutan-bengkulu", name: "Rutan Kelas IIB Bengkulu" },
  certifications: [],
  ...extra,
})

// Newest first, as /store/products lists them.
const COLLECTION = [
  product("d", 30000, { certifications: ["halal", "pirt"] }),
  product("c", null),
  product("b", 10000, {
    category: { handle: "kerajinan-tangan", name: "Kerajinan Tangan" },
    facility: { handle: "lapas-jepara", name: "Lapas Kelas IIB Jepara" },
  }),
  product("a", 30000, { title: "Keripik Pisang", certifications: ["halal"] }),
]

const ids = (products: CatalogProduct[]) => products.map((p) => p.id)

describe("pageOfProducts", () => {
  it("keeps newest first, and sorts by price both ways with unpriced last", () => {
    const sorted = (sort: "newest" | "price_asc" | "price_desc") =>
      ids(pageOfProducts(COLLECTION, { sort, page: 1 }, 10).products)
    expect(sorted("newest")).toEqual(["d", "c", "b", "a"])
    expect(sorted("price_asc")).toEqual(["b", "d", "a", "c"])
    expect(sorted("price_desc")).toEqual(["d", "a", "b", "c"])
  })

  it("filters by category, facility, certification, price and search words", () => {
    const found = (params: object) =>
      ids(pageOfProducts(COLLECTION, { sort: "newest", page: 1, ...params }, 10).products)
    expect(found({ category: "kerajinan-tangan" })).toEqual(["b"])
    expect(found({ facility: "rutan-bengkulu" })).toEqual(["d", "c", "a"])
    expect(found({ certification: "halal" })).toEqual(["d", "a"])
    expect(found({ minPrice: 20000 })).toEqual(["d", "a"])
    expect(found({ maxPrice: 20000 })).toEqual(["b"])
    expect(found({ q: "KERIPIK" })).toEqual(["a"])
  })

  it("pages the result and counts all of it", () => {
    const second = pageOfProducts(COLLECTION, { sort: "newest", page: 2 }, 3)
    expect(ids(second.products)).toEqual(["a"])
    expect(second).toMatchObject({ count: 4, page: 2, limit: 3 })
  })
})

describe("facetsOf", () => {
  it("counts categories, facilities and certifications and spans the prices", () => {
    expect(facetsOf(COLLECTION)).toEqual({
      categories: [
        { handle: "kerajinan-tangan", name: "Kerajinan Tangan", count: 1 },
        { handle: "kuliner-olahan", name: "Kuliner Olahan", count: 3 },
      ],
      facilities: [
        { handle: "lapas-jepara", name: "Lapas Kelas IIB Jepara", count: 1 },
        { handle: "rutan-bengkulu", name: "Rutan Kelas IIB Bengkulu", count: 3 },
      ],
      certifications: [
        { type: "halal", count: 2 },
        { type: "pirt", count: 1 },
      ],
      price: { min: 10000, max: 30000 },
    })
    expect(facetsOf([]).price).toEqual({ min: null, max: null })
  })

  it("counts each facet under every filter but its own", () => {
    const facets = facetsOf(COLLECTION, { facility: "lapas-jepara", maxPrice: 5000 })
    // Facilities ignore the facility filter, but not the price.
    expect(facets.facilities).toEqual([])
    // The price span ignores the price filter, but not the facility.
    expect(facets.price).toEqual({ min: 10000, max: 10000 })
    expect(facetsOf(COLLECTION, { certification: "pirt" }).categories).toEqual([
      { handle: "kuliner-olahan", name: "Kuliner Olahan", count: 1 },
    ])
  })
})
