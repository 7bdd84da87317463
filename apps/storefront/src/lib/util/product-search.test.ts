import { describe, expect, it } from "vitest"

import { noSuggestions, type SearchHit, toSuggestions } from "./product-search"

const hit = (id: number, price: number | null): SearchHit => ({
  id: `prod_${id}`,
  handle: `keripik-${id}`,
  title: `Keripik ${id}`,
  subtitle: "Renyah",
  thumbnail: id % 2 ? `https://cdn.example/k${id}.jpg` : null,
  price: price === null ? null : { amount: price, currency_code: "idr" },
  in_stock: true,
  halal: true,
  certifications: ["halal", "pirt"],
  category: { handle: "kuliner-olahan", name: "Kuliner Olahan" },
  workshop: { handle: "dapur", name: "Dapur Rutan" },
  facility: { handle: "rutan-a", name: "Rutan A" },
})

const facets = {
  categories: [],
  facilities: [],
  certifications: [],
  halal: { true: 0, false: 0 },
  in_stock: { true: 0, false: 0 },
  price: { min: null, max: null },
}

describe("toSuggestions", () => {
  it("keeps only what the list shows, at most five, with the search's total", () => {
    const hits = [1, 2, 3, 4, 5, 6].map((id) => hit(id, id === 2 ? null : id * 1000))
    const found = toSuggestions(
      "kerip",
      {
        query: "kerip",
        hits,
        total: 37,
        page: 1,
        limit: 5,
        facets,
      },
      (url) => ({ src: `${url}?w=40` }),
    )
    expect(found.query).toBe("kerip")
    expect(found.total).toBe(37)
    expect(found.available).toBe(true)
    expect(found.suggestions).toHaveLength(5)
    expect(found.suggestions.slice(0, 2)).toEqual([
      {
        handle: "keripik-1",
        title: "Keripik 1",
        thumbnail: { src: "https://cdn.example/k1.jpg?w=40" },
        price: 1000,
      },
      { handle: "keripik-2", title: "Keripik 2", thumbnail: null, price: null },
    ])
  })
})

describe("noSuggestions", () => {
  it("tells an empty answer from an unavailable search", () => {
    expect(noSuggestions("zz", true)).toEqual({
      query: "zz",
      suggestions: [],
      total: 0,
      available: true,
    })
    expect(noSuggestions("zz", false).available).toBe(false)
  })
})
