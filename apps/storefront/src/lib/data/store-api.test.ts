import { getLocale } from "next-intl/server"
import { afterEach, describe, expect, it, vi } from "vitest"

import { sdk } from "@/lib/medusa"

import { storeGet } from "./store-api"

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ default: class {}, FetchError: class {} }))
vi.mock("@/lib/config", () => ({ publishableKey: "pk_test" }))
vi.mock("@/lib/data/cookies", () => ({}))
vi.mock("@/lib/medusa", () => ({ sdk: { client: { fetch: vi.fn() } } }))
vi.mock("next-intl/server", () => ({ getLocale: vi.fn() }))

const fetchMock = vi.mocked(sdk.client.fetch)

afterEach(() => fetchMock.mockReset())

describe("storeGet", () => {
  it("asks for the page's language, so English and Indonesian answers are cached apart", async () => {
    fetchMock.mockResolvedValue({ products: [] })
    for (const locale of ["id", "en"]) {
      vi.mocked(getLocale).mockResolvedValueOnce(locale)
      await storeGet("/store/catalog", { page: 1 }, "products")
    }
    expect(fetchMock.mock.calls).toEqual([
      [
        "/store/catalog",
        {
          method: "GET",
          query: { page: 1, locale: "id-ID" },
          next: { tags: ["products"], revalidate: 60 },
        },
      ],
      [
        "/store/catalog",
        {
          method: "GET",
          query: { page: 1, locale: "en-US" },
          next: { tags: ["products"], revalidate: 60 },
        },
      ],
    ])
  })

  it("lets Next's own signals from reading the locale through, instead of calling the catalog unavailable", async () => {
    const signal = new Error("Dynamic server usage: headers")
    vi.mocked(getLocale).mockRejectedValueOnce(signal)
    await expect(storeGet("/store/catalog", {}, "products")).rejects.toBe(signal)
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
