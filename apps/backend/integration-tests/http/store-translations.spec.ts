import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/seed"
import {
  CATEGORIES,
  CATEGORY_TRANSLATIONS_EN,
  FACILITIES,
  FACILITY_TRANSLATIONS_EN,
  PRODUCT_TRANSLATIONS_EN,
  PRODUCTS,
  WORKSHOP_TRANSLATIONS_EN,
  WORKSHOPS,
  workshopOf,
} from "../../src/scripts/seed-data"
import { migrateAndSeedSearch } from "../utils/search"

type Named = { handle: string; name: string }
type CatalogProduct = { handle: string; title: string; subtitle: string | null }
type Catalog = {
  products: (CatalogProduct & { category: Named | null })[]
  facets: { categories: Named[] }
}
type StoreProduct = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  categories: Named[]
}

const UNTRANSLATED = {
  handle: "produk-tanpa-terjemahan",
  title: "Produk Tanpa Terjemahan",
  description: "Belum ada terjemahan untuk produk ini.",
}

const seeded = PRODUCTS.find((product) => product.subtitle)!
const english = PRODUCT_TRANSLATIONS_EN[seeded.handle]
const category = CATEGORIES.find((c) => c.handle === seeded.category)!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      headers = { "x-publishable-api-key": publishableKey }
      const query = getContainer().resolve("query")
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["id"],
      })
      await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              ...UNTRANSLATED,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Ukuran", values: ["Satu"] }],
              sales_channels: channels.map((channel) => ({ id: channel.id })),
            },
          ],
        },
      })
    })

    async function get<T>(path: string, extra: Record<string, string> = {}): Promise<T> {
      const response = await api.get(path, { headers: { ...headers, ...extra } })
      expect(response.status).toEqual(200)
      return response.data
    }

    const PRODUCT_FIELDS = "fields=id,title,subtitle,description,*categories"

    async function productByHandle(handle: string, locale?: string) {
      const param = locale ? `&locale=${locale}` : ""
      const { products } = await get<{ products: StoreProduct[] }>(
        `/store/products?handle=${handle}&${PRODUCT_FIELDS}${param}`,
      )
      expect(products).toHaveLength(1)
      return products[0]
    }

    async function catalog(search: string): Promise<Catalog> {
      return get<Catalog>(`/store/catalog?limit=48&${search}`)
    }

    describe("a product in English", () => {
      it("is listed by /store/products with its English title, subtitle, description and category", async () => {
        expect(await productByHandle(seeded.handle, "en-US")).toMatchObject({
          title: english.title,
          subtitle: english.subtitle,
          description: english.description,
          categories: [{ name: CATEGORY_TRANSLATIONS_EN[seeded.category].name }],
        })
      })

      it("is read in English by /store/products/:id when the locale comes as a header", async () => {
        const { id } = await productByHandle(seeded.handle)
        const { product } = await get<{ product: StoreProduct }>(
          `/store/products/${id}?${PRODUCT_FIELDS}`,
          { "x-medusa-locale": "en-US" },
        )
        expect(product).toMatchObject({
          title: english.title,
          subtitle: english.subtitle,
        })
      })

      it("stays Indonesian without a locale, for id-ID and for a locale nobody translated", async () => {
        const indonesian = {
          title: seeded.title,
          subtitle: seeded.subtitle,
          description: seeded.description,
          categories: [{ name: category.name }],
        }
        expect(await productByHandle(seeded.handle)).toMatchObject(indonesian)
        expect(await productByHandle(seeded.handle, "id-ID")).toMatchObject(indonesian)
        expect(await productByHandle(seeded.handle, "xx-YY")).toMatchObject(indonesian)
      })

      it("falls back to Indonesian where no English translation exists", async () => {
        expect(await productByHandle(UNTRANSLATED.handle, "en-US")).toMatchObject({
          title: UNTRANSLATED.title,
          description: UNTRANSLATED.description,
        })
      })
    })

    describe("GET /store/catalog", () => {
      it("answers titles, subtitles and category names in English for en-US", async () => {
        const result = await catalog("locale=en-US")
        expect(result.products).toHaveLength(PRODUCTS.length + 1)
        for (const product of PRODUCTS) {
          const listed = result.products.find((p) => p.handle === product.handle)!
          const translation = PRODUCT_TRANSLATIONS_EN[product.handle]
          expect(listed).toMatchObject({
            title: translation.title,
            subtitle: translation.subtitle ?? null,
            category: { name: CATEGORY_TRANSLATIONS_EN[product.category].name },
          })
        }
        expect(result.facets.categories.map((c) => c.name).sort()).toEqual(
          Object.values(CATEGORY_TRANSLATIONS_EN)
            .map((c) => c.name)
            .sort(),
        )
        const untranslated = result.products.find((p) => p.handle === UNTRANSLATED.handle)
        expect(untranslated?.title).toEqual(UNTRANSLATED.title)
      })

      it("answers the Indonesian originals without a locale and for id-ID", async () => {
        for (const search of ["", "locale=id-ID", "locale=xx-YY"]) {
          const result = await catalog(search)
          const listed = result.products.find((p) => p.handle === seeded.handle)!
          expect(listed).toMatchObject({
            title: seeded.title,
            subtitle: seeded.subtitle,
            category: { name: category.name },
          })
          expect(result.facets.categories.map((c) => c.name).sort()).toEqual(
            CATEGORIES.map((c) => c.name).sort(),
          )
        }
      })

      it("sorts by and filters on the English titles for en-US", async () => {
        const sorted = await catalog("locale=en-US&sort=title")
        const titles = sorted.products.map((p) => p.title.toLowerCase())
        expect(titles).toEqual([...titles].sort())

        const found = await catalog(`locale=en-US&q=${encodeURIComponent(english.title)}`)
        expect(found.products.map((p) => p.handle)).toEqual([seeded.handle])
      })
    })

    it("finds products by their Indonesian words and answers /store/search hits in English", async () => {
      await migrateAndSeedSearch(getContainer())
      type Search = { hits: (CatalogProduct & { category: Named | null })[] }
      const searched = (locale: string) =>
        get<Search>(
          `/store/search?q=${encodeURIComponent(seeded.title)}&locale=${locale}`,
        )

      const hit = (await searched("en-US")).hits.find((h) => h.handle === seeded.handle)
      expect(hit).toMatchObject({
        title: english.title,
        subtitle: english.subtitle,
        category: { name: CATEGORY_TRANSLATIONS_EN[seeded.category].name },
      })
      const original = (await searched("id-ID")).hits.find(
        (h) => h.handle === seeded.handle,
      )
      expect(original).toMatchObject({
        title: seeded.title,
        category: { name: category.name },
      })
    })

    it("names the categories in English through /store/product-categories", async () => {
      const { product_categories } = await get<{ product_categories: Named[] }>(
        "/store/product-categories?fields=handle,name&locale=en-US",
      )
      expect(
        Object.fromEntries(product_categories.map((c) => [c.handle, c.name])),
      ).toEqual(
        Object.fromEntries(
          CATEGORIES.map((c) => [c.handle, CATEGORY_TRANSLATIONS_EN[c.handle].name]),
        ),
      )
    })

    describe("workshops and facilities", () => {
      const workshop = workshopOf(seeded)
      const facility = FACILITIES.find((f) => f.handle === workshop.facility)!
      type Workshop = {
        craft_type: string
        story: string
        products: { handle: string; title: string }[]
      }

      it("tell their story in English for en-US and in Indonesian otherwise", async () => {
        const read = (locale: string) =>
          get<{ workshop: Workshop }>(
            `/store/workshops/${workshop.handle}?locale=${locale}`,
          )
        const inEnglish = (await read("en-US")).workshop
        expect(inEnglish).toMatchObject(WORKSHOP_TRANSLATIONS_EN[workshop.handle])
        expect(inEnglish.products).toContainEqual(
          expect.objectContaining({ handle: seeded.handle, title: english.title }),
        )
        expect((await read("id-ID")).workshop).toMatchObject({
          craft_type: workshop.craft_type,
          story: workshop.story,
        })

        const { facility: inEnglishFacility } = await get<{
          facility: { story: string }
        }>(`/store/facilities/${facility.handle}?locale=en-US`)
        expect(inEnglishFacility.story).toEqual(
          FACILITY_TRANSLATIONS_EN[facility.handle].story,
        )
        const { facilities } = await get<{ facilities: { story: string }[] }>(
          "/store/facilities",
        )
        expect(facilities.map((f) => f.story).sort()).toEqual(
          FACILITIES.map((f) => f.story).sort(),
        )
      })

      it("name the product of a batch label in English on the provenance page", async () => {
        const query = getContainer().resolve("query")
        const { data: batches } = await query.graph({
          entity: "production_batch",
          fields: ["code", "product_variant.product.handle"],
        })
        const batch = batches.find(
          (b) => b.product_variant?.product?.handle === seeded.handle,
        )!
        const read = (locale: string) =>
          get<{ provenance: { product: { title: string } } }>(
            `/store/provenance/${batch.code}?locale=${locale}`,
          )
        expect((await read("en-US")).provenance.product.title).toEqual(english.title)
        expect((await read("id-ID")).provenance.product.title).toEqual(seeded.title)
      })
    })

    it("lists Indonesian and English as the store's locales", async () => {
      const { locales } = await get<{ locales: { code: string }[] }>("/store/locales")
      expect(locales.map((locale) => locale.code).sort()).toEqual(["en-US", "id-ID"])
    })

    it("keeps the translations as they are when seeded again", async () => {
      await seedDemoData(getContainer())
      const translations = await getContainer()
        .resolve("translation")
        .listTranslations({ locale_code: "en-US" })
      expect(translations).toHaveLength(
        PRODUCTS.length + CATEGORIES.length + WORKSHOPS.length + FACILITIES.length,
      )
    })
  },
})
