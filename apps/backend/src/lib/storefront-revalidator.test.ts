import { delay, http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { createStorefrontRevalidator } from "./storefront-revalidator"

const ENDPOINT = "http://storefront.test/api/revalidate"

type Received = { secret: string | null; contentType: string | null; body: unknown }

const received: Received[] = []
let answer: () => Response | Promise<Response> = () =>
  HttpResponse.json({ revalidated: [], now: 0 })

const server = setupServer(
  http.post(ENDPOINT, async ({ request }) => {
    received.push({
      secret: request.headers.get("x-revalidate-secret"),
      contentType: request.headers.get("content-type"),
      body: await request.json(),
    })
    return answer()
  }),
)

function revalidator(overrides: { timeoutMs?: number; quiet?: boolean } = {}) {
  const logger = { warn: vi.fn(), debug: vi.fn() }
  return {
    logger,
    revalidator: createStorefrontRevalidator({
      endpoint: ENDPOINT,
      secret: "rahasia-toko",
      logger,
      windowMs: 20,
      ...overrides,
    }),
  }
}

beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => {
  received.length = 0
  answer = () => HttpResponse.json({ revalidated: [], now: 0 })
  server.resetHandlers()
})
afterAll(() => server.close())

describe("createStorefrontRevalidator", () => {
  it("sends a burst of events as one request with the secret and every tag once", async () => {
    const { revalidator: r, logger } = revalidator()
    const deliveries = [
      r.schedule(["products", "workshops", "impact"]),
      r.schedule(["products"]),
      r.schedule(["categories", "products"]),
      r.schedule(["impact"]),
    ]
    await Promise.all(deliveries)

    expect(new Set(deliveries).size).toEqual(1)
    expect(received).toEqual([
      {
        secret: "rahasia-toko",
        contentType: "application/json",
        body: { tags: ["categories", "impact", "products", "workshops"] },
      },
    ])
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("sends tags that arrive after a request left in the next one", async () => {
    const { revalidator: r } = revalidator()
    await r.schedule(["products"])
    await r.schedule(["regions"])
    expect(received.map((request) => request.body)).toEqual([
      { tags: ["products"] },
      { tags: ["regions"] },
    ])
  })

  it("sends nothing for an event without tags", async () => {
    const { revalidator: r } = revalidator()
    await r.schedule([])
    expect(received).toEqual([])
  })

  it("never throws when the storefront is down, and says so in the log", async () => {
    answer = () => HttpResponse.error()
    const { revalidator: r, logger } = revalidator()
    await expect(r.schedule(["products"])).resolves.toBeUndefined()
    expect(logger.warn).toHaveBeenCalledOnce()
    expect(logger.warn.mock.calls[0][0]).toContain("not reachable")
  })

  it("gives up on a storefront that does not answer in time", async () => {
    answer = async () => {
      await delay(2_000)
      return HttpResponse.json({})
    }
    const { revalidator: r, logger } = revalidator({ timeoutMs: 50 })
    await expect(r.schedule(["products"])).resolves.toBeUndefined()
    expect(logger.warn).toHaveBeenCalledOnce()
  })

  it("logs a refusal (a wrong secret) without throwing", async () => {
    answer = () => HttpResponse.json({ message: "wrong secret" }, { status: 401 })
    const { revalidator: r, logger } = revalidator()
    await r.schedule(["products"])
    expect(logger.warn.mock.calls[0][0]).toContain("HTTP 401")
  })

  it("only debug-logs failures when quiet, as in tests without a storefront", async () => {
    answer = () => HttpResponse.error()
    const { revalidator: r, logger } = revalidator({ quiet: true })
    await r.schedule(["products"])
    expect(logger.warn).not.toHaveBeenCalled()
    expect(logger.debug).toHaveBeenCalledOnce()
  })
})
