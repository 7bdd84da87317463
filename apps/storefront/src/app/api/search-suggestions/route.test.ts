import { FetchError } from "@medusajs/js-sdk"
import { NextRequest } from "next/server"
import { afterEach, describe, expect, it, vi } from "vitest"

import { sdk } from "@/lib/medusa"

import { GET } from "./route"

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
vi.mock("@/lib/config", () => ({ publishableKey: "pk_test" }))
vi.mock("@/lib/data/cookies", () => ({}))
vi.mock("@/lib/medusa", () => ({ sdk: { client: { fetch: vi.fn() } } }))

const fetchMock = vi.mocked(sdk.client.fetch)
vi.spyOn(console, "error").mockImplementation(() => {})

afterEach(() => fetchMock.mockReset())

const get = (query: string) =>
  GET(new NextRequest(`http://localhost:8000/api/search-suggestions?${query}`))

describe("GET /api/search-suggestions", () => {
  it("answers the list's fields only, cacheable for half a minute", async () => {
    fetchMock.mockResolvedValueOnce({
      query: "kopi",
      hits: [
        {
          id: "prod_1",
          handle: "kopi-bubuk",
          title: "Kopi Bubuk",
          subtitle: "Robusta",
          thumbnail: null,
          price: { amount: 45000, currency_code: "idr" },
          in_stock: true,
          halal: true,
          certifications: ["halal"],
          category: null,
          workshop: { handle: "dapur", name: "Dapur" },
          facility: null,
        },
      ],
      total: 1,
      page: 1,
      limit: 5,
      facets: {},
    })
    const response = await get("q=kopi")
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("public, max-age=30")
    expect(await response.json()).toEqual({
      query: "kopi",
      suggestions: [
        { handle: "kopi-bubuk", title: "Kopi Bubuk", thumbnail: null, price: 45000 },
      ],
      total: 1,
      available: true,
    })
  })

  it("asks for the box's language, Indonesian when it names none", async () => {
    fetchMock.mockResolvedValue({ hits: [], total: 0, facets: {} })
    await get("q=kopi&locale=en")
    await get("q=kopi")
    const locales = fetchMock.mock.calls.map(
      ([, init]) => (init as { query: { locale: string } }).query.locale,
    )
    expect(locales).toEqual(["en-US", "id-ID"])
  })

  it("says search is unavailable, and lets nobody keep that answer", async () => {
    fetchMock.mockRejectedValueOnce(new FetchError("down", "Service Unavailable", 503))
    const response = await get("q=kopi")
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(await response.json()).toMatchObject({ suggestions: [], available: false })
  })

  it("does not ask the backend without a text to suggest for", async () => {
    const response = await get("")
    expect(await response.json()).toMatchObject({ suggestions: [], available: true })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
