import { revalidateTag } from "next/cache"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { POST } from "./route"

// The route needs only store-api's CACHE_TAGS, not the Medusa client behind it.
vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({
  default: class {},
  FetchError: class extends Error {},
}))
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }))

const SECRET = "rahasia-revalidasi-yang-panjang"

function post(body: unknown, secret: string | null = SECRET): Promise<Response> {
  return POST(
    new Request("http://localhost:8000/api/revalidate", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === null ? {} : { "x-revalidate-secret": secret }),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  )
}

describe("POST /api/revalidate", () => {
  beforeEach(() => vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", SECRET))
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.mocked(revalidateTag).mockClear()
  })

  it("expires each tag at once and says which", async () => {
    const response = await post({ tags: ["products", "impact", "products"] })

    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toEqual({ revalidated: ["products", "impact"], now: expect.any(Number) })
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([
      ["products", { expire: 0 }],
      ["impact", { expire: 0 }],
    ])
  })

  it("knows every tag the catalog caches under", async () => {
    const tags = [
      "regions",
      "products",
      "categories",
      "collections",
      "provinces",
      "payment-providers",
      "facilities",
      "workshops",
      "impact",
    ]
    const response = await post({ tags })
    expect(response.status).toBe(200)
    expect((await response.json()).revalidated).toEqual(tags)
  })

  it.each([
    ["a missing secret", null],
    ["a wrong secret", "tebakan"],
  ])("refuses %s with 401", async (_case, secret) => {
    const response = await post({ tags: ["products"] }, secret)
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ["an unknown tag", { tags: ["products", "harga"] }],
    ["a body that is not JSON", "tags=products"],
    ["a body without tags", { paths: ["/produk"] }],
  ])("refuses %s with 400 naming tags", async (_case, body) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect((await response.json()).message).toMatch(/tags/)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("answers 503 while no secret is configured", async () => {
    vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "")
    const response = await post({ tags: ["products"] }, "")
    expect(response.status).toBe(503)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
