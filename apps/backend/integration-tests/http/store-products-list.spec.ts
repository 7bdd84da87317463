import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"
import { PRODUCTS } from "../../src/scripts/seed-data"

type ListedProduct = {
  id: string
  handle: string
  title: string
  variants: {
    id: string
    calculated_price?: { calculated_amount: number; calculated_amount_with_tax: number }
    inventory_quantity?: number
  }[]
}
type ProductList = {
  products: ListedProduct[]
  count: number
  offset: number
  limit: number
}

// The storefront's card fields: prices with tax, stock, categories and provenance.
const CARD_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "+workshop.handle",
  "+workshop.facility.handle",
  "+product_quality.certificates",
].join(",")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await seedDemoData(container)
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const { data: regions } = await api.get("/store/regions", headers)
      regionId = regions.regions.find(
        (r: { currency_code: string }) => r.currency_code === "idr",
      ).id
    })

    const list = async (query: string): Promise<ProductList> => {
      const response = await api.get(`/store/products?${query}`, headers)
      expect(response.status).toEqual(200)
      return response.data
    }

    // `is_giftcard` is a filter this path leaves to Medusa's own route; no demo product
    // is a gift card, so with it the same request is answered by Medusa's route.
    const expectSameAsMedusa = async (query: string) => {
      const ours = await list(query)
      const medusas = await list(`${query}&is_giftcard=false`)
      expect(ours).toEqual(medusas)
      return ours
    }

    describe("GET /store/products served by the page query", () => {
      it("answers a priced page exactly as Medusa's route does, with the exact count", async () => {
        const prices = `region_id=${regionId}&country_code=id&fields=${CARD_FIELDS}`
        const first = await expectSameAsMedusa(`${prices}&limit=12&order=-id`)
        expect(first.count).toEqual(PRODUCTS.length)
        expect(first.products).toHaveLength(12)
        expect(
          first.products[0].variants[0].calculated_price!.calculated_amount,
        ).toBeGreaterThan(0)
        expect(first.products[0].variants[0].inventory_quantity).toEqual(
          expect.any(Number),
        )
        const ids = first.products.map((product) => product.id)
        expect(ids).toEqual([...ids].sort().reverse())

        const second = await expectSameAsMedusa(`${prices}&limit=12&offset=12&order=-id`)
        expect(second.offset).toEqual(12)
        expect(second.products.map((p) => p.id)).not.toContain(ids[0])

        const indonesian = await expectSameAsMedusa(`${prices}&limit=100&order=title`)

        // In English, titles sort as the buyer reads them (the test database sorts by byte).
        const english = await list(`${prices}&limit=100&order=title&locale=en-US`)
        const titles = english.products.map((product) => product.title)
        expect(titles).toEqual([...titles].sort())
        expect(english.count).toEqual(indonesian.count)
        expect(english.products.map((p) => p.id)).not.toEqual(
          indonesian.products.map((p) => p.id),
        )
        await expectSameAsMedusa(`${prices}&limit=100&order=-created_at`)
        const beyond = await expectSameAsMedusa(`${prices}&limit=12&offset=1000`)
        expect(beyond).toMatchObject({ products: [], count: PRODUCTS.length })
      })

      it("finds by handle, id, category and collection as Medusa's route does", async () => {
        const [seeded] = PRODUCTS
        const byHandle = await expectSameAsMedusa(
          `handle=${seeded.handle}&region_id=${regionId}&fields=${CARD_FIELDS}&limit=1`,
        )
        expect(byHandle.count).toEqual(1)
        expect(byHandle.products[0].handle).toEqual(seeded.handle)

        const two = (await list("limit=2&order=handle")).products.map((p) => p.id)
        const byId = await expectSameAsMedusa(
          `id[]=${two[0]}&id[]=${two[1]}&order=handle`,
        )
        expect(byId.products.map((p) => p.id)).toEqual(two)

        const { data: categories } = await api.get(
          "/store/product-categories?handle=kuliner-olahan",
          headers,
        )
        const inCategory = await expectSameAsMedusa(
          `category_id=${categories.product_categories[0].id}&limit=50&order=title`,
        )
        expect(inCategory.count).toEqual(
          PRODUCTS.filter((p) => p.category === "kuliner-olahan").length,
        )

        const productModule = getContainer().resolve(Modules.PRODUCT)
        const [collection] = await productModule.createProductCollections([
          { title: "Pilihan Lebaran", handle: "pilihan-lebaran" },
        ])
        await productModule.updateProducts(two[0], { collection_id: collection.id })
        const inCollection = await expectSameAsMedusa(`collection_id=${collection.id}`)
        expect(inCollection.products.map((p) => p.id)).toEqual([two[0]])
      })

      it("lists only published products of the key's sales channels", async () => {
        const container = getContainer()
        const productModule = container.resolve(Modules.PRODUCT)
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        const salesChannels = container.resolve(Modules.SALES_CHANNEL)
        const [elsewhere] = await salesChannels.createSalesChannels([{ name: "Pameran" }])
        const created = await productModule.createProducts([
          { title: "Hanya di Pameran", handle: "hanya-di-pameran", status: "published" },
          { title: "Belum Terbit", handle: "belum-terbit", status: "draft" },
          { title: "Tanpa Kanal", handle: "tanpa-kanal", status: "published" },
        ])
        const { data: keyChannels } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "sales_channel",
            fields: ["id"],
            filters: { name: "Toko Online" },
          })
        await link.create([
          {
            [Modules.PRODUCT]: { product_id: created[0].id },
            [Modules.SALES_CHANNEL]: { sales_channel_id: elsewhere.id },
          },
          {
            [Modules.PRODUCT]: { product_id: created[1].id },
            [Modules.SALES_CHANNEL]: { sales_channel_id: keyChannels[0].id },
          },
        ])

        const all = await expectSameAsMedusa("limit=200&order=handle")
        expect(all.count).toEqual(PRODUCTS.length)
        const handles = all.products.map((p) => p.handle)
        expect(handles).not.toContain("hanya-di-pameran")
        expect(handles).not.toContain("belum-terbit")
        expect(handles).not.toContain("tanpa-kanal")
        const none = await list("handle=hanya-di-pameran")
        expect(none).toMatchObject({ products: [], count: 0 })
      })

      it("refuses bad input with a 400 naming it, and still serves a single product", async () => {
        const refused = async (query: string) => {
          const response = await api
            .get(`/store/products?${query}`, headers)
            .catch(
              (error: { response: { status: number; data: { message: string } } }) =>
                error.response,
            )
          expect(response.status).toEqual(400)
          return response.data.message as string
        }
        expect(await refused("limit=lots")).toMatch(/limit/)
        expect(await refused("order=password")).toMatch(/password/)
        expect(
          await refused(`fields=*variants.calculated_price&region_id=reg_nope`),
        ).toMatch(/reg_nope/)

        const { products } = await list("limit=1")
        const single = await api.get(`/store/products/${products[0].id}`, headers)
        expect(single.data.product.id).toEqual(products[0].id)
      })
    })
  },
})
