import type { SubscriberArgs } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { REVALIDATING_EVENTS } from "../lib/storefront-revalidation"
import revalidateStorefront, { config } from "./revalidate-storefront"

const bodies: unknown[] = []
const secrets: (string | null)[] = []
const server = setupServer(
  http.post("http://toko.test/api/revalidate", async ({ request }) => {
    secrets.push(request.headers.get("x-revalidate-secret"))
    bodies.push(await request.json())
    return HttpResponse.json({ revalidated: [], now: 0 })
  }),
)

const logger = { warn: vi.fn(), debug: vi.fn(), info: vi.fn(), error: vi.fn() }
const container = {
  resolve: (key: string) => {
    expect(key).toEqual(ContainerRegistrationKeys.LOGGER)
    return logger
  },
}

function emit(name: string) {
  return revalidateStorefront({
    event: { name, data: { id: "x" } },
    container,
    pluginOptions: {},
  } as unknown as SubscriberArgs)
}

beforeAll(() => {
  vi.stubEnv("STOREFRONT_URL", "http://toko.test/")
  vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "rahasia-dari-env")
  server.listen({ onUnhandledRequest: "error" })
})
afterAll(() => {
  server.close()
  vi.unstubAllEnvs()
})

describe("revalidate-storefront subscriber", () => {
  it("listens to every event the mapping knows", () => {
    expect(config.event).toEqual(REVALIDATING_EVENTS)
  })

  it("turns a burst of events into one request to the storefront", async () => {
    await emit("product.updated")
    await emit("inventory.reservation-item.created")
    await emit("cart.updated")
    await emit("region.updated")

    await vi.waitFor(() => expect(bodies).toHaveLength(1), { timeout: 5_000 })
    expect(bodies[0]).toEqual({
      tags: ["impact", "payment-providers", "products", "regions", "search", "workshops"],
    })
    expect(secrets).toEqual(["rahasia-dari-env"])
    expect(logger.warn).not.toHaveBeenCalled()
  })
})
