import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"
import { QUALITY_MODULE } from "../../src/modules/quality"
import type QualityModuleService from "../../src/modules/quality/service"
import { seedDemoData } from "../../src/scripts/seed"
import {
  CATEGORIES,
  FACILITIES,
  PRODUCTS,
  workshopOf,
  type ProductSeed,
} from "../../src/scripts/seed-data"
import { recallBatchWorkflow } from "../../src/workflows/quality/workflows/recall-batch"
import { allowed, keyPaths } from "../utils/key-paths"
import {
  certificationsOf,
  facilityOf,
  handlesOf,
  priceOf,
} from "../utils/seed-expectations"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

type Named = { handle: string; name: string }
type CatalogProduct = {
  id: string
  handle: string
  title: string
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
  category: Named | null
  workshop: Named | null
  facility: Named | null
  certifications: string[]
}
type Catalog = {
  products: CatalogProduct[]
  count: number
  page: number
  limit: number
  facets: {
    categories: (Named & { count: number })[]
    facilities: (Named & { count: number })[]
    certifications: { type: string; count: number }[]
    price: { min: number | null; max: number | null }
  }
}

/** Count per key, as the facets give it, without zero entries. */
function countBy(products: ProductSeed[], keys: (product: ProductSeed) => string[]) {
  const counts = new Map<string, number>()
  for (const product of products) {
    for (const key of keys(product)) {
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

const PERMITTED_PATHS = new Set([
  "products",
  "count",
  "page",
  "limit",
  "facets",
  ...allowed("products[]", [
    "id",
    "handle",
    "title",
    "subtitle",
    "thumbnail",
    "price",
    "in_stock",
    "category",
    "workshop",
    "facility",
    "certifications",
  ]),
  ...allowed("products[].price", ["amount", "currency_code"]),
  ...allowed("products[].category", ["handle", "name"]),
  ...allowed("products[].workshop", ["handle", "name"]),
  ...allowed("products[].facility", ["handle", "name"]),
  "products[].certifications[]",
  ...allowed("facets", ["categories", "facilities", "certifications", "price"]),
  ...allowed("facets.categories[]", ["handle", "name", "count"]),
  ...allowed("facets.facilities[]", ["handle", "name", "count"]),
  ...allowed("facets.certifications[]", ["type", "count"]),
  ...allowed("facets.price", ["min", "max"]),
])

// Names of fields that would identify a person or expose internals.
const FORBIDDEN =
  /(email|phone|first_name|last_name|address|nik\b|nip\b|inmate|narapidana|warga_binaan|prisoner|register|maker|photo|\bfaces?\b|share_bps|created_by|inspector|metadata|deleted_at|number|issuer)/i

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      headers = { headers: { "x-publishable-api-key": publishableKey } }
    })

    async function catalog(search = ""): Promise<Catalog> {
      const response = await api.get(`/store/catalog?${search}`, headers)
      expect(response.status).toEqual(200)
      return response.data
    }

    /** Every product matching `search`, one full page at a time. */
    async function everything(search = ""): Promise<Catalog> {
      const first = await catalog(`${search}&limit=48`)
      expect(first.count).toBeLessThanOrEqual(48)
      return first
    }

    describe("GET /store/catalog", () => {
      it("lists every published product with its price, stock, origin and certificates", async () => {
        const result = await everything()
        expect(result.count).toEqual(PRODUCTS.length)
        expect(handlesOf(result.products)).toEqual(handlesOf(PRODUCTS))
        for (const seed of PRODUCTS) {
          const listed = result.products.find((p) => p.handle === seed.handle)!
          const category = CATEGORIES.find((c) => c.handle === seed.category)!
          const facility = FACILITIES.find((f) => f.handle === facilityOf(seed))!
          expect(listed).toMatchObject({
            title: seed.title,
            price: { amount: priceOf(seed), currency_code: "idr" },
            in_stock: seed.variants.some((variant) => variant.stock > 0),
            category: { handle: category.handle, name: category.name },
            workshop: { handle: workshopOf(seed).handle, name: workshopOf(seed).name },
            facility: { handle: facility.handle, name: facility.name },
            certifications: certificationsOf(seed),
          })
        }
        // The demo catalog has a product sold out: it is listed, not in stock.
        expect(result.products.some((p) => !p.in_stock)).toBe(true)
      })

      it("answers with public fields only", async () => {
        const result = await api.get("/store/catalog?limit=48", headers)
        const paths = [...keyPaths(result.data)]
        expect(paths.filter((path) => !PERMITTED_PATHS.has(path))).toEqual([])
        expect(paths.filter((path) => FORBIDDEN.test(path.split(".").pop()!))).toEqual([])
      })

      it("defaults to the newest twelve on page 1", async () => {
        const result = await catalog()
        expect(result).toMatchObject({ page: 1, limit: 12, count: PRODUCTS.length })
        expect(result.products).toHaveLength(12)
      })

      it("refuses a request without a publishable key", async () => {
        const response = await api.get("/store/catalog").catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("x-publishable-api-key")
      })
    })

    describe("filters", () => {
      it.each(CATEGORIES.map((c) => c.handle))("category=%s", async (handle) => {
        const result = await everything(`category=${handle}`)
        const expected = PRODUCTS.filter((p) => p.category === handle)
        expect(result.count).toEqual(expected.length)
        expect(handlesOf(result.products)).toEqual(handlesOf(expected))
      })

      it.each(FACILITIES.map((f) => f.handle))("facility=%s", async (handle) => {
        const result = await everything(`facility=${handle}`)
        const expected = PRODUCTS.filter((p) => facilityOf(p) === handle)
        expect(expected.length).toBeGreaterThan(0)
        expect(handlesOf(result.products)).toEqual(handlesOf(expected))
        for (const product of result.products) {
          expect(product.facility?.handle).toEqual(handle)
        }
      })

      it.each(["halal", "pirt", "bpom_md", "sni"])("certification=%s", async (type) => {
        const result = await everything(`certification=${type}`)
        const expected = PRODUCTS.filter((p) => certificationsOf(p).includes(type))
        expect(expected.length).toBeGreaterThan(0)
        expect(handlesOf(result.products)).toEqual(handlesOf(expected))
      })

      it("certification with no holder gives an empty page", async () => {
        const result = await catalog("certification=non_halal_declaration")
        expect(result.count).toEqual(0)
        expect(result.products).toEqual([])
      })

      it("min_price and max_price bound the cheapest variant's price, inclusive", async () => {
        const prices = PRODUCTS.map(priceOf).sort((a, b) => a - b)
        const low = prices[5]
        const high = prices[20]
        const cases: [string, (price: number) => boolean][] = [
          [`min_price=${low}`, (price) => price >= low],
          [`max_price=${high}`, (price) => price <= high],
          [
            `min_price=${low}&max_price=${high}`,
            (price) => price >= low && price <= high,
          ],
          [`min_price=${low}&max_price=${low}`, (price) => price === low],
        ]
        for (const [search, keep] of cases) {
          const result = await everything(search)
          const expected = PRODUCTS.filter((p) => keep(priceOf(p)))
          expect({ search, handles: handlesOf(result.products) }).toEqual({
            search,
            handles: handlesOf(expected),
          })
        }
      })

      it("q matches the title, case-insensitively, and wildcards are literal", async () => {
        const result = await everything("q=KOPI")
        const expected = PRODUCTS.filter((p) => p.title.toLowerCase().includes("kopi"))
        expect(expected.length).toBeGreaterThan(0)
        expect(handlesOf(result.products)).toEqual(handlesOf(expected))
        expect((await catalog("q=%25")).count).toEqual(0)
        expect((await catalog("q=_")).count).toEqual(0)
        expect((await catalog("q=")).count).toEqual(PRODUCTS.length)
      })

      it("combines every filter", async () => {
        const facility = "lapas-perempuan-malang"
        const maxPrice = 30000
        const result = await everything(
          `category=kuliner-olahan&facility=${facility}&certification=halal&max_price=${maxPrice}&q=a`,
        )
        const expected = PRODUCTS.filter(
          (p) =>
            p.category === "kuliner-olahan" &&
            facilityOf(p) === facility &&
            certificationsOf(p).includes("halal") &&
            priceOf(p) <= maxPrice &&
            p.title.toLowerCase().includes("a"),
        )
        expect(expected.length).toBeGreaterThan(0)
        expect(expected.length).toBeLessThan(
          PRODUCTS.filter((p) => facilityOf(p) === facility).length,
        )
        expect(result.count).toEqual(expected.length)
        expect(handlesOf(result.products)).toEqual(handlesOf(expected))
      })
    })

    describe("sorting", () => {
      it("price_asc and price_desc order by the cheapest variant's price", async () => {
        const ascending = (await everything("sort=price_asc")).products.map(
          (p) => p.price!.amount,
        )
        const descending = (await everything("sort=price_desc")).products.map(
          (p) => p.price!.amount,
        )
        const expected = PRODUCTS.map(priceOf).sort((a, b) => a - b)
        expect(ascending).toEqual(expected)
        expect(descending).toEqual([...expected].reverse())
      })

      it("title orders alphabetically", async () => {
        const titles = (await everything("sort=title")).products.map((p) =>
          p.title.toLowerCase(),
        )
        expect(titles).toEqual([...titles].sort())
      })

      it("newest (the default) orders by creation, newest first", async () => {
        const listed = (await everything()).products
        expect((await everything("sort=newest")).products).toEqual(listed)
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "created_at"],
          filters: { id: listed.map((p) => p.id) },
        })
        const createdAt = new Map(
          data.map((row) => [row.id as string, new Date(row.created_at as string)]),
        )
        const times = listed.map((p) => createdAt.get(p.id)!.getTime())
        expect(times).toEqual([...times].sort((a, b) => b - a))
      })
    })

    describe("pagination", () => {
      it.each(["newest", "price_asc", "price_desc", "title"])(
        "pages through sort=%s with a stable count and disjoint pages",
        async (sort) => {
          const limit = 5
          const pages = Math.ceil(PRODUCTS.length / limit)
          const paged: string[] = []
          for (let page = 1; page <= pages; page++) {
            const result = await catalog(`sort=${sort}&limit=${limit}&page=${page}`)
            expect(result.count).toEqual(PRODUCTS.length)
            expect(result.page).toEqual(page)
            expect(result.limit).toEqual(limit)
            expect(result.products.length).toEqual(
              Math.min(limit, PRODUCTS.length - (page - 1) * limit),
            )
            paged.push(...result.products.map((p) => p.handle))
          }
          expect(new Set(paged).size).toEqual(PRODUCTS.length)
          expect([...paged].sort()).toEqual(handlesOf(PRODUCTS))
          // In the same order as one page holding everything.
          const whole = (await everything(`sort=${sort}`)).products.map((p) => p.handle)
          expect(paged).toEqual(whole)
        },
      )

      it("a page past the end is empty and keeps the count", async () => {
        const result = await catalog("limit=48&page=2")
        expect(result.products).toEqual([])
        expect(result.count).toEqual(PRODUCTS.length)
      })
    })

    describe("facets", () => {
      const categoryCounts = (products: ProductSeed[]) =>
        Object.fromEntries(countBy(products, (p) => [p.category]))
      const facilityCounts = (products: ProductSeed[]) =>
        Object.fromEntries(countBy(products, (p) => [facilityOf(p)]))
      const certificationCounts = (products: ProductSeed[]) =>
        Object.fromEntries(countBy(products, certificationsOf))
      const counted = (facet: { count: number }[], key: "handle" | "type") =>
        Object.fromEntries(
          facet.map((entry) => [(entry as Record<string, unknown>)[key], entry.count]),
        )

      it("count the whole catalog without filters", async () => {
        const { facets } = await catalog()
        expect(counted(facets.categories, "handle")).toEqual(categoryCounts(PRODUCTS))
        expect(counted(facets.facilities, "handle")).toEqual(facilityCounts(PRODUCTS))
        expect(counted(facets.certifications, "type")).toEqual(
          certificationCounts(PRODUCTS),
        )
        const prices = PRODUCTS.map(priceOf)
        expect(facets.price).toEqual({
          min: Math.min(...prices),
          max: Math.max(...prices),
        })
        for (const entry of facets.categories) {
          expect(entry.name).toEqual(
            CATEGORIES.find((c) => c.handle === entry.handle)!.name,
          )
        }
        for (const entry of facets.facilities) {
          expect(entry.name).toEqual(
            FACILITIES.find((f) => f.handle === entry.handle)!.name,
          )
        }
      })

      it("count each facet over the products matching the other filters", async () => {
        const facility = "rutan-bengkulu"
        const { facets, count } = await catalog(
          `category=kuliner-olahan&facility=${facility}&certification=halal`,
        )
        const food = PRODUCTS.filter((p) => p.category === "kuliner-olahan")
        const halal = PRODUCTS.filter((p) => certificationsOf(p).includes("halal"))
        const atFacility = PRODUCTS.filter((p) => facilityOf(p) === facility)
        const inAll = food.filter((p) => halal.includes(p) && atFacility.includes(p))
        expect(count).toEqual(inAll.length)
        expect(counted(facets.categories, "handle")).toEqual(
          categoryCounts(halal.filter((p) => atFacility.includes(p))),
        )
        expect(counted(facets.facilities, "handle")).toEqual(
          facilityCounts(food.filter((p) => halal.includes(p))),
        )
        expect(counted(facets.certifications, "type")).toEqual(
          certificationCounts(food.filter((p) => atFacility.includes(p))),
        )
        const prices = inAll.map(priceOf)
        expect(facets.price).toEqual({
          min: Math.min(...prices),
          max: Math.max(...prices),
        })
      })

      it("the price range ignores the price filter but not the others", async () => {
        const prices = PRODUCTS.map(priceOf).sort((a, b) => a - b)
        const { facets } = await catalog(
          `category=hasil-bengkel-kerja&min_price=${prices[10]}&max_price=${prices[20]}`,
        )
        const workshopGoods = PRODUCTS.filter((p) => p.category === "hasil-bengkel-kerja")
        expect(facets.price).toEqual({
          min: Math.min(...workshopGoods.map(priceOf)),
          max: Math.max(...workshopGoods.map(priceOf)),
        })
      })

      it("an empty result still has every facet's shape", async () => {
        const { facets, count } = await catalog("q=tidak-ada-produk-seperti-ini")
        expect(count).toEqual(0)
        expect(facets).toEqual({
          categories: [],
          facilities: [],
          certifications: [],
          price: { min: null, max: null },
        })
      })
    })

    describe("bad parameters", () => {
      it.each([
        ["page=0", "page"],
        ["page=-1", "page"],
        ["page=abc", "page"],
        ["limit=0", "limit"],
        ["limit=49", "limit"],
        ["limit=1000", "limit"],
        ["limit=2.5", "limit"],
        ["min_price=abc", "min_price"],
        ["min_price=-100", "min_price"],
        ["max_price=1e6", "max_price"],
        ["max_price=", "max_price"],
        ["min_price=50000&max_price=10000", "min_price"],
        ["sort=cheapest", "sort"],
        ["certification=iso9001", "certification"],
        ["category=tidak-ada", "category"],
        ["facility=lapas-tidak-ada", "facility"],
        ["category=kuliner-olahan&category=kerajinan-tangan", "category"],
        ["maker=someone", "maker"],
        ["q=a&q=b", "q"],
      ])("answers ?%s with a 400 naming %s", async (search, name) => {
        const response = await api.get(`/store/catalog?${search}`, headers).catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(name)
      })

      it("takes hostile text as text", async () => {
        const result = await catalog(
          `q=${encodeURIComponent("'; drop table product; --")}`,
        )
        expect(result.count).toEqual(0)
        expect((await catalog()).count).toEqual(PRODUCTS.length)
      })
    })

    // These change the data: they run last.
    describe("after changes", () => {
      async function productIdOf(handle: string): Promise<string> {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { handle },
        })
        return data[0].id as string
      }

      it("keeps an answer until something it lists changes", async () => {
        const [first, second] = PRODUCTS.filter((p) => p.category === "kuliner-olahan")
        const search = "category=kuliner-olahan&sort=title&limit=48"
        const titleIn = (result: Catalog) =>
          result.products.find((p) => p.handle === first.handle)!.title
        expect(titleIn(await catalog(search))).toEqual(first.title)

        // Written past Medusa, so no event announces it: the kept answer stands.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw("update product set title = ? where handle = ?", [
          `${first.title} (baru)`,
          first.handle,
        ])
        expect(titleIn(await catalog(search))).toEqual(first.title)

        // Any product change through Medusa expires every kept answer.
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: await productIdOf(second.handle) },
            update: { subtitle: "Kemasan baru" },
          },
        })
        expect(titleIn(await catalog(search))).toEqual(`${first.title} (baru)`)
      })

      it("answers a question never asked before from the facts it keeps, until something changes", async () => {
        const product = PRODUCTS.find((p) => p.category === "kerajinan-tangan")!
        const ceiling = (amount: number) =>
          `category=kerajinan-tangan&max_price=${amount}&limit=48`
        const listed = async (amount: number) =>
          (await catalog(ceiling(amount))).products.some(
            (p) => p.handle === product.handle,
          )
        const price = priceOf(product)
        expect(await listed(price)).toBe(true)

        // Written past Medusa: the kept facts still hold the old price, even for a
        // price ceiling no one has asked about.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(
          `update price set amount = amount + 1000000 where price_set_id in (
            select pvps.price_set_id from product_variant_price_set pvps
            join product_variant pv on pv.id = pvps.variant_id
            join product p on p.id = pv.product_id where p.handle = ?)`,
          [product.handle],
        )
        expect(await listed(price + 1)).toBe(true)

        // A change through Medusa makes every server read the facts again.
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: await productIdOf(product.handle) },
            update: { subtitle: "Harga baru" },
          },
        })
        expect(await listed(price + 2)).toBe(false)
        expect(await listed(price + 1000000)).toBe(true)
      })

      it("counts only certificates valid today", async () => {
        const seed = PRODUCTS.find((p) => certificationsOf(p).includes("halal"))!
        const quality: QualityModuleService = getContainer().resolve(QUALITY_MODULE)
        const [summary] = await quality.listProductQualities({
          product_id: await productIdOf(seed.handle),
        })
        const items = (summary.certificates as { items: Record<string, unknown>[] }).items
        const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
        await quality.updateProductQualities({
          id: summary.id,
          certificates: {
            items: items.map((item) =>
              item.type === "halal" ? { ...item, valid_until: yesterday } : item,
            ),
          },
        })

        const result = await everything("certification=halal")
        expect(handlesOf(result.products)).not.toContain(seed.handle)
        const all = await everything()
        expect(
          all.products.find((p) => p.handle === seed.handle)!.certifications,
        ).toEqual(certificationsOf(seed).filter((type) => type !== "halal"))
        expect(
          all.facets.certifications.find((entry) => entry.type === "halal")!.count,
        ).toEqual(
          PRODUCTS.filter((p) => certificationsOf(p).includes("halal")).length - 1,
        )
      })

      it("is out of stock when only batches that may not be sold hold its stock", async () => {
        const seed = PRODUCTS.find(
          (p) =>
            p.category === "hasil-bengkel-kerja" &&
            p.variants.length === 1 &&
            p.variants[0].stock > 0,
        )!
        const before = await everything(`q=${encodeURIComponent(seed.title)}`)
        expect(before.products.find((p) => p.handle === seed.handle)!.in_stock).toBe(true)
        const provenance: ProvenanceModuleService =
          getContainer().resolve(PROVENANCE_MODULE)
        const batches = await provenance.listProductionBatches({
          product_id: await productIdOf(seed.handle),
        })
        expect(batches.length).toBeGreaterThan(0)
        for (const batch of batches) {
          await recallBatchWorkflow(getContainer()).run({
            input: { batch_id: batch.id, reason: "Uji katalog: seluruh lot ditarik" },
          })
        }

        const after = await everything(`q=${encodeURIComponent(seed.title)}`)
        expect(after.products.find((p) => p.handle === seed.handle)!.in_stock).toBe(false)
      })

      it("leaves out a product that is no longer published", async () => {
        const seed = PRODUCTS.find((p) => p.category === "kerajinan-tangan")!
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: await productIdOf(seed.handle) },
            update: { status: ProductStatus.DRAFT },
          },
        })

        const all = await everything()
        expect(all.count).toEqual(PRODUCTS.length - 1)
        expect(handlesOf(all.products)).not.toContain(seed.handle)
        const crafts = await everything("category=kerajinan-tangan")
        expect(handlesOf(crafts.products)).not.toContain(seed.handle)
        expect(
          all.facets.categories.find((entry) => entry.handle === "kerajinan-tangan")!
            .count,
        ).toEqual(PRODUCTS.filter((p) => p.category === "kerajinan-tangan").length - 1)
        const search = await catalog(`q=${encodeURIComponent(seed.title)}`)
        expect(handlesOf(search.products)).not.toContain(seed.handle)
      })
    })
  },
})
