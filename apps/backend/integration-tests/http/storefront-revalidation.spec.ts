import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders } from "../utils/auth"
import { eventually } from "../utils/checkout"

// Read when the first event arrives, so set before Medusa starts.
const STOREFRONT = "http://storefront.test"
const SECRET = "rahasia-revalidasi-untuk-uji-integrasi"
process.env.STOREFRONT_URL = STOREFRONT
process.env.STOREFRONT_REVALIDATE_SECRET = SECRET

type Received = { secret: string | null; tags: string[] }
const received: Received[] = []

const storefront = setupServer(
  http.post(`${STOREFRONT}/api/revalidate`, async ({ request }) => {
    const { tags } = (await request.json()) as { tags: string[] }
    received.push({ secret: request.headers.get("x-revalidate-secret"), tags })
    return HttpResponse.json({ revalidated: tags, now: Date.now() })
  }),
)

const tagsReceived = () => new Set(received.flatMap((request) => request.tags))

/** Waits until the storefront has been told about every one of these tags. */
const told = (tags: string[]) =>
  eventually(async () => {
    const all = tagsReceived()
    return tags.every((tag) => all.has(tag)) ? all : undefined
  })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      // Medusa's own test client is let through; only the storefront is answered here.
      storefront.listen({ onUnhandledRequest: "bypass" })
      await seedDemoData(getContainer())
    })

    afterAll(() => storefront.close())

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    it("tells the storefront, with the secret, what the seed changed", async () => {
      await told([
        "regions",
        "categories",
        "products",
        "facilities",
        "workshops",
        "impact",
      ])
      expect(new Set(received.map((request) => request.secret))).toEqual(
        new Set([SECRET]),
      )
    })

    it("expires facility, workshop, product and impact pages when staff edit a facility", async () => {
      const { data } = await api.get("/admin/facilities?limit=1", admin)
      received.length = 0

      await api.post(
        `/admin/facilities/${data.facilities[0].id}`,
        { city: "Nusakambangan" },
        admin,
      )

      await told(["facilities", "workshops", "products", "impact"])
    })

    it("expires product pages when staff edit a product", async () => {
      const { data } = await api.get("/admin/products?limit=1&fields=id", admin)
      received.length = 0

      await api.post(
        `/admin/products/${data.products[0].id}`,
        { subtitle: "Baru" },
        admin,
      )

      await told(["products", "workshops", "impact"])
    })
  },
})
