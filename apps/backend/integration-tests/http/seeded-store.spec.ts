import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/seed"
import { CATEGORIES, PRODUCTS } from "../../src/scripts/seed-data"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"

type StoreProduct = {
  handle: string
  categories: { handle: string }[]
  variants: {
    sku: string
    calculated_price: { calculated_amount: number; currency_code: string }
    inventory_quantity: number
  }[]
}

const ADMIN = { email: "staf.pusat@karya.test", password: "rahasia-uji-123" }

medusaIntegrationTestRunner({
  env: {
    SEED_ADMIN_EMAIL: ADMIN.email,
    SEED_ADMIN_PASSWORD: ADMIN.password,
  },
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey: key } = await seedDemoData(getContainer())
      publishableKey = key
      storeHeaders = { headers: { "x-publishable-api-key": publishableKey } }
    })

    async function listAllProducts(regionId: string): Promise<StoreProduct[]> {
      const response = await api.get(
        `/store/products?limit=100&region_id=${regionId}&fields=handle,*categories,variants.sku,*variants.calculated_price,+variants.inventory_quantity`,
        storeHeaders,
      )
      expect(response.status).toEqual(200)
      return response.data.products
    }

    async function indonesia(): Promise<{ id: string; currency_code: string }> {
      const response = await api.get("/store/regions", storeHeaders)
      const region = response.data.regions.find((r: { countries: { iso_2: string }[] }) =>
        r.countries.some((country) => country.iso_2 === "id"),
      )
      expect(region).toBeDefined()
      return region
    }

    describe("the seeded catalog through the Store API", () => {
      it("offers every demo product with its rupiah price and stock", async () => {
        const region = await indonesia()
        expect(region.currency_code).toEqual("idr")

        const products = await listAllProducts(region.id)
        expect(products.length).toEqual(PRODUCTS.length)
        expect(products.length).toBeGreaterThanOrEqual(30)

        const seeded = PRODUCTS.find((p) => p.variants.length > 1)!
        const listed = products.find((p) => p.handle === seeded.handle)!
        expect(listed.categories.map((c) => c.handle)).toEqual([seeded.category])
        for (const variant of seeded.variants) {
          const match = listed.variants.find((v) => v.sku === variant.sku)!
          expect(match.calculated_price.currency_code).toEqual("idr")
          expect(match.calculated_price.calculated_amount).toEqual(variant.price)
          // The demo orders hold part of the stock until they ship.
          const reserved = DEMO_ORDERS.flatMap((order) => order.items)
            .filter((item) => item.sku === variant.sku)
            .reduce((sum, item) => sum + item.quantity, 0)
          expect(match.inventory_quantity).toEqual(variant.stock - reserved)
        }
      })

      it("lists the three categories", async () => {
        const response = await api.get("/store/product-categories", storeHeaders)
        const handles = response.data.product_categories.map(
          (c: { handle: string }) => c.handle,
        )
        expect(handles.sort()).toEqual(CATEGORIES.map((c) => c.handle).sort())
      })

      it("ships from three facilities as stock locations", async () => {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "stock_location",
          fields: ["name", "sales_channels.name"],
        })
        expect(data).toHaveLength(3)
        for (const location of data) {
          expect(
            (location.sales_channels as { name: string }[]).map((sc) => sc.name),
          ).toContain("Toko Online")
        }
      })

      it("does not duplicate or fail when seeded a second time", async () => {
        const again = await seedDemoData(getContainer())
        expect(again.productsCreated).toEqual(0)
        expect(again.publishableKey).toEqual(publishableKey)

        const region = await indonesia()
        expect(await listAllProducts(region.id)).toHaveLength(PRODUCTS.length)
        const regions = await api.get("/store/regions", storeHeaders)
        expect(regions.data.regions).toHaveLength(1)
      })
    })

    describe("admin login", () => {
      it("lets the seeded staff admin in and shows who they are", async () => {
        const login = await api.post("/auth/user/emailpass", ADMIN)
        expect(login.status).toEqual(200)
        const me = await api.get("/admin/users/me", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(me.data.user.email).toEqual(ADMIN.email)
      })

      it("refuses a wrong password", async () => {
        const response = await api
          .post("/auth/user/emailpass", { ...ADMIN, password: "salah" })
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toEqual(401)
      })
    })
  },
})
