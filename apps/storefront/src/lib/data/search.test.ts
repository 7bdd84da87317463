import { FetchError } from "@medusajs/js-sdk"
import { afterEach, describe, expect, it, vi } from "vitest"

import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { sdk } from "@/lib/medusa"
import type { SearchHit, SearchResult } from "@/lib/util/product-search"

import { searchProducts, suggestProducts } from "./search"

// Store reads without the Medusa client: its fetch is the one thing each test answers.
vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({
  default: class {},
  FetchError: class extends Error {
    constructor(
      message: string,
      readonly statusText: string,
      readonly status: number,
    ) {
      super(message)
    }
  },
}))
vi.mock("@/lib/config", () => ({
  publishableKey: "pk_test",
  imageOrigins: ["http://localhost:9000"],
}))
vi.mock("@/lib/data/cookies", () => ({}))
vi.mock("@/lib/medusa", () => ({ sdk: { client: { fetch: vi.fn() } } }))
vi.mock("next-intl/server", () => ({ getLocale: async () => "id" }))

const fetchMock = vi.mocked(sdk.client.fetch)

const hit = (id: number): SearchHit => ({
  id: `prod_${id}`,
  handle: `keripik-${id}`,
  title: `Keripik ${id}`,
  subtitle: null,
  thumbnail: null,
  price: { amount: 1000 * id, currency_code: "idr" },
  in_stock: true,
  halal: true,
  certifications: [],
  category: null,
  workshop: null,
  facility: null,
})

const result = (hits: SearchHit[], total = hits.length): SearchResult => ({
  query: "keripik",
  hits,
  total,
  page: 1,
  limit: 12,
  facets: {
    categories: [],
    facilities: [],
    certifications: [],
    halal: { true: total, false: 0 },
    in_stock: { true: total, false: 0 },
    price: { min: 1000, max: 9000 },
  },
})

const refused = (message: string) => new FetchError(message, "Bad Request", 400)
const sentQueries = () =>
  fetchMock.mock.calls.map(([, init]) => (init as { query: unknown }).query)

vi.spyOn(console, "error").mockImplementation(() => {})

afterEach(() => fetchMock.mockReset())

describe("searchProducts", () => {
  it("asks /store/search with the contract's names, cached briefly under the search tag", async () => {
    fetchMock.mockResolvedValueOnce(result([hit(1)]))
    const found = await searchProducts({
      q: "keripik",
      halal: true,
      inStock: true,
      sort: "price_asc",
      page: 2,
    })
    expect(found.result.hits).toHaveLength(1)
    expect(fetchMock).toHaveBeenCalledWith("/store/search", {
      method: "GET",
      query: {
        q: "keripik",
        halal: "true",
        in_stock: "true",
        sort: "price_asc",
        page: 2,
        limit: 12,
        locale: "id-ID",
      },
      next: { tags: ["search"], revalidate: 30 },
    })
  })

  it("drops what each refusal names, one at a time, and says what it searched with", async () => {
    fetchMock
      .mockRejectedValueOnce(refused('category: no category has the handle "lama"'))
      .mockRejectedValueOnce(refused('facility: no facility has the handle "tutup"'))
      .mockResolvedValueOnce(result([hit(1)]))
    const found = await searchProducts({
      q: "keripik",
      category: "lama",
      facility: "tutup",
      halal: false,
      sort: "newest",
      page: 3,
    })
    expect(found.params).toEqual({ q: "keripik", halal: false, sort: "newest", page: 1 })
    expect(sentQueries()).toHaveLength(3)
  })

  it("falls back to the text alone when a refusal names nothing it sent", async () => {
    fetchMock
      .mockRejectedValueOnce(refused("Invalid request"))
      .mockResolvedValueOnce(result([]))
    const found = await searchProducts({
      q: "keripik",
      category: "kuliner-olahan",
      sort: "price_desc",
      page: 2,
    })
    expect(found.params).toEqual({ q: "keripik", sort: "relevance", page: 1 })
  })

  it("gives up when even the text alone is refused for no named reason", async () => {
    fetchMock.mockRejectedValue(refused("Invalid request"))
    const loaded = await loadCatalog(() =>
      searchProducts({ q: "keripik", sort: "relevance", page: 1 }),
    )
    expect(loaded).toEqual({ ok: false, reason: "backend-rejected" })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it("turns a search engine that is down into an unavailable catalog, without retrying", async () => {
    fetchMock.mockRejectedValue(new FetchError("search engine down", "Unavailable", 503))
    const loaded = await loadCatalog(() =>
      searchProducts({ q: "keripik", sort: "relevance", page: 1 }),
    )
    expect(loaded).toEqual({ ok: false, reason: "backend-unreachable" })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})

describe("suggestProducts", () => {
  it("asks nothing for fewer than two characters", async () => {
    expect(await suggestProducts(" k ", "id")).toEqual({
      query: "k",
      suggestions: [],
      total: 0,
      available: true,
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("asks for five of the most relevant, in the box's language, and keeps only what the list shows", async () => {
    fetchMock.mockResolvedValueOnce(result([1, 2, 3, 4, 5].map(hit), 37))
    const found = await suggestProducts("  kerip ", "en")
    expect(sentQueries()).toEqual([
      { q: "kerip", sort: "relevance", page: 1, limit: 5, locale: "en-US" },
    ])
    expect(found.total).toBe(37)
    expect(found.suggestions[0]).toEqual({
      handle: "keripik-1",
      title: "Keripik 1",
      thumbnail: null,
      price: 1000,
    })
  })

  it("sends each suggestion's photo as the sources of a small resized picture", async () => {
    const photo = "http://localhost:9000/static/1796078545413-keripik-1.jpg"
    fetchMock.mockResolvedValueOnce(result([{ ...hit(1), thumbnail: photo }]))
    const [suggestion] = (await suggestProducts("kerip", "id")).suggestions
    const resized = `/_next/image?url=${encodeURIComponent(photo)}&w=`
    expect(suggestion.thumbnail?.src.startsWith(resized)).toBe(true)
    expect(suggestion.thumbnail?.srcSet).toContain(" 2x")
  })

  it("says search is unavailable on a 503 or a network failure", async () => {
    fetchMock.mockRejectedValueOnce(new FetchError("down", "Unavailable", 503))
    expect(await suggestProducts("kerip", "id")).toMatchObject({
      suggestions: [],
      available: false,
    })
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect((await suggestProducts("kerip", "id")).available).toBe(false)
  })
})
