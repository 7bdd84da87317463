import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  deleteProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import searchCatchUp from "../../src/jobs/search-catch-up"
import { searchOutage } from "../../src/lib/search-outage"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"
import { seedDemoData } from "../../src/scripts/seed"
import {
  CATEGORIES,
  FACILITIES,
  PRODUCTS,
  type ProductSeed,
} from "../../src/scripts/seed-data"
import { recallBatchWorkflow } from "../../src/workflows/quality/workflows/recall-batch"
import { adminHeaders } from "../utils/auth"
import { eventually } from "../utils/checkout"
import { allowed, keyPaths } from "../utils/key-paths"
import {
  certificationsOf,
  facilityOf,
  handlesOf,
  priceOf,
} from "../utils/seed-expectations"
import { migrateAndSeedSearch } from "../utils/search"

type Named = { handle: string; name: string }
type Hit = {
  id: string
  handle: string
  title: string
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
  halal: boolean
  certifications: string[]
  category: Named | null
  workshop: Named | null
  facility: Named | null
}
type SearchResponse = {
  query: string
  corrected_query: string | null
  hits: Hit[]
  total: number
  page: number
  limit: number
  facets: {
    categories: (Named & { count: number })[]
    facilities: (Named & { count: number })[]
    certifications: { type: string; count: number }[]
    halal: { true: number; false: number }
    in_stock: { true: number; false: number }
    price: { min: number; max: number } | null
  }
}
type ErrorResponse = { status: number; data: { type: string; message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

const titled = (word: string) =>
  PRODUCTS.filter((p) => p.title.toLowerCase().split(" ").includes(word))

const PERMITTED_PATHS = new Set([
  ...["query", "corrected_query", "hits", "total", "page", "limit", "facets"],
  ...allowed("hits[]", [
    "id",
    "handle",
    "title",
    "subtitle",
    "thumbnail",
    "price",
    "in_stock",
    "halal",
    "certifications",
    "category",
    "workshop",
    "facility",
  ]),
  ...allowed("hits[].price", ["amount", "currency_code"]),
  ...allowed("hits[].category", ["handle", "name"]),
  ...allowed("hits[].workshop", ["handle", "name"]),
  ...allowed("hits[].facility", ["handle", "name"]),
  "hits[].certifications[]",
  ...allowed("facets", [
    "categories",
    "facilities",
    "certifications",
    "halal",
    "in_stock",
    "price",
  ]),
  ...allowed("facets.categories[]", ["handle", "name", "count"]),
  ...allowed("facets.facilities[]", ["handle", "name", "count"]),
  ...allowed("facets.certifications[]", ["type", "count"]),
  ...allowed("facets.halal", ["true", "false"]),
  ...allowed("facets.in_stock", ["true", "false"]),
  ...allowed("facets.price", ["min", "max"]),
])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      await migrateAndSeedSearch(getContainer())
    })

    async function search(params = ""): Promise<SearchResponse> {
      const response = await api.get(`/store/search?${params}`, headers)
      expect(response.status).toEqual(200)
      return response.data
    }
    const everything = (params = "") => search(`${params}&limit=48`)

    async function productIdOf(handle: string): Promise<string> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { handle },
      })
      return data[0].id as string
    }

    describe("the index", () => {
      it("holds every published product with the facts the catalog shows", async () => {
        const result = await everything()
        expect(result.total).toEqual(PRODUCTS.length)
        expect(handlesOf(result.hits)).toEqual(handlesOf(PRODUCTS))
        const catalog = await api.get("/store/catalog?limit=48", headers)
        for (const listed of catalog.data.products) {
          const hit = result.hits.find((h) => h.handle === listed.handle)!
          expect(hit).toEqual({
            ...listed,
            halal: listed.certifications.includes("halal"),
          })
        }
        for (const seed of PRODUCTS) {
          const hit = result.hits.find((h) => h.handle === seed.handle)!
          expect(hit.price).toEqual({ amount: priceOf(seed), currency_code: "idr" })
          expect(hit.certifications).toEqual(certificationsOf(seed))
          expect(hit.facility?.handle).toEqual(facilityOf(seed))
        }
      })

      it("answers with public fields only", async () => {
        const paths = [...keyPaths(await everything("q=kayu"))]
        expect(paths.filter((path) => !PERMITTED_PATHS.has(path))).toEqual([])
      })
    })

    describe("text", () => {
      it("finds products by a word of their title, best match first", async () => {
        const result = await everything("q=keripik")
        expect(handlesOf(result.hits)).toEqual(handlesOf(titled("keripik")))
        expect(result.corrected_query).toBeNull()
        const chair = await everything("q=kursi%20jati")
        expect(chair.hits[0].handle).toEqual(titled("kursi")[0].handle)
      })

      it("finds a half-typed last word", async () => {
        const result = await everything("q=kurs")
        expect(handlesOf(result.hits)).toEqual(handlesOf(titled("kursi")))
      })

      it("finds regional spellings and English words through synonyms", async () => {
        expect(handlesOf((await everything("q=kripik")).hits)).toEqual(
          handlesOf(titled("keripik")),
        )
        expect(handlesOf((await everything("q=sambel")).hits)).toEqual(
          handlesOf(titled("sambal")),
        )
        const tables = await everything("q=table")
        expect(handlesOf(tables.hits)).toEqual(handlesOf(titled("meja")))
      })

      it("finds with a misspelling what the right spelling finds, and names the spelling", async () => {
        for (const [typed, word] of [
          ["keripk", "keripik"],
          ["kerpik", "keripik"],
          ["krusi", "kursi"],
          ["batk", "batik"],
          ["tas rjut", "tas rajut"],
          ["kursi jatii", "kursi jati"],
        ]) {
          const right = await everything(`q=${encodeURIComponent(word)}`)
          expect(right.total).toBeGreaterThan(0)
          const result = await everything(`q=${encodeURIComponent(typed)}`)
          expect({
            typed,
            corrected: result.corrected_query,
            found: handlesOf(result.hits),
          }).toEqual({ typed, corrected: word, found: handlesOf(right.hits) })
          expect(result.facets).toEqual(right.facets)
        }
      })

      it("finds nothing for a word no product is near", async () => {
        const result = await search("q=helikopter")
        expect(result).toMatchObject({ total: 0, hits: [], corrected_query: null })
        expect(result.facets.categories).toEqual([])
        expect(result.facets.price).toBeNull()
      })
    })

    describe("filters, facets, sort and pages", () => {
      it("filters by category, facility, halal, certificate, price and stock", async () => {
        const cases: [string, (p: ProductSeed) => boolean][] = [
          ["category=kuliner-olahan", (p) => p.category === "kuliner-olahan"],
          ["facility=lapas-jepara", (p) => facilityOf(p) === "lapas-jepara"],
          ["halal=true", (p) => certificationsOf(p).includes("halal")],
          ["halal=false", (p) => !certificationsOf(p).includes("halal")],
          ["certification=sni", (p) => certificationsOf(p).includes("sni")],
          [
            "min_price=50000&max_price=500000",
            (p) => priceOf(p) >= 50000 && priceOf(p) <= 500000,
          ],
          ["in_stock=false", (p) => p.variants.every((v) => v.stock === 0)],
          [
            "q=jati&category=hasil-bengkel-kerja&max_price=1500000",
            (p) =>
              p.category === "hasil-bengkel-kerja" &&
              priceOf(p) <= 1500000 &&
              /jati/i.test(JSON.stringify([p.title, p.subtitle, p.description, p.tags])),
          ],
        ]
        for (const [params, keep] of cases) {
          const expected = PRODUCTS.filter(keep)
          expect(expected.length).toBeGreaterThan(0)
          const result = await everything(params)
          expect({ params, handles: handlesOf(result.hits) }).toEqual({
            params,
            handles: handlesOf(expected),
          })
          expect(result.total).toEqual(expected.length)
        }
      })

      it("counts each facet over the products matching the other filters", async () => {
        const { facets, total } = await search("category=kuliner-olahan&halal=true")
        const food = PRODUCTS.filter((p) => p.category === "kuliner-olahan")
        const halal = PRODUCTS.filter((p) => certificationsOf(p).includes("halal"))
        expect(total).toEqual(food.filter((p) => halal.includes(p)).length)
        const categoryCount = (handle: string) =>
          facets.categories.find((c) => c.handle === handle)?.count ?? 0
        for (const category of CATEGORIES) {
          expect(categoryCount(category.handle)).toEqual(
            halal.filter((p) => p.category === category.handle).length,
          )
        }
        expect(facets.halal).toEqual({
          true: food.filter((p) => halal.includes(p)).length,
          false: food.filter((p) => !halal.includes(p)).length,
        })
        for (const facility of facets.facilities) {
          expect(facility.name).toEqual(
            FACILITIES.find((f) => f.handle === facility.handle)!.name,
          )
        }
        const prices = food.filter((p) => halal.includes(p)).map(priceOf)
        expect(facets.price).toEqual({
          min: Math.min(...prices),
          max: Math.max(...prices),
        })
      })

      it("counts facilities, certificates and stock over the text's matches, most first", async () => {
        const { facets, total } = await search("q=keripik&in_stock=true")
        const matches = titled("keripik")
        const inStock = (p: ProductSeed) => p.variants.some((v) => v.stock > 0)
        const listed = matches.filter(inStock)
        expect(total).toEqual(listed.length)
        const tally = (values: string[]) => {
          const counts = new Map<string, number>()
          for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
          return counts
        }
        const facilityCounts = tally(listed.map((p) => facilityOf(p)!))
        expect(facets.facilities.map(({ handle, count }) => [handle, count])).toEqual(
          [...facilityCounts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)),
        )
        const certificateCounts = tally(listed.flatMap(certificationsOf))
        expect(facets.certifications.map(({ type, count }) => [type, count])).toEqual(
          [...certificateCounts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)),
        )
        // Each facet ignores its own filter: stock is counted over every match.
        expect(facets.in_stock).toEqual({
          true: listed.length,
          false: matches.length - listed.length,
        })
      })

      it("sorts by price both ways and by newest", async () => {
        const expected = PRODUCTS.map(priceOf).sort((a, b) => a - b)
        const ascending = (await everything("sort=price_asc")).hits.map(
          (h) => h.price!.amount,
        )
        const descending = (await everything("sort=price_desc")).hits.map(
          (h) => h.price!.amount,
        )
        expect(ascending).toEqual(expected)
        expect(descending).toEqual([...expected].reverse())
        const newest = (await everything("sort=newest")).hits.map((h) => h.handle)
        const catalog = await api.get("/store/catalog?limit=48&sort=newest", headers)
        expect(newest).toEqual(catalog.data.products.map((p: Hit) => p.handle))
      })

      it("pages with an exact total and disjoint pages", async () => {
        const seen: string[] = []
        for (let page = 1; page <= Math.ceil(PRODUCTS.length / 10); page++) {
          const result = await search(`sort=price_asc&limit=10&page=${page}`)
          expect(result.total).toEqual(PRODUCTS.length)
          seen.push(...result.hits.map((h) => h.handle))
        }
        expect([...seen].sort()).toEqual(handlesOf(PRODUCTS))
      })
    })

    describe("bad parameters", () => {
      it.each([
        ["sort=cheapest", "sort"],
        ["page=0", "page"],
        ["page=abc", "page"],
        ["limit=100", "limit"],
        ["halal=yes", "halal"],
        ["in_stock=1", "in_stock"],
        ["certification=organic", "certification"],
        ["min_price=-5", "min_price"],
        ["min_price=9000&max_price=100", "min_price"],
        [`q=${"a".repeat(201)}`, "q"],
        ["colour=red", "colour"],
      ])("%s gets a 400 naming %s", async (params, name) => {
        const response = await api.get(`/store/search?${params}`, headers).catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(name)
      })

      it("refuses a request without a publishable key", async () => {
        const response = await api.get("/store/search?q=kopi").catch(failure)
        expect(response.status).toEqual(400)
      })
    })

    describe("kept in sync by events", () => {
      it("answers a repeated search from what it kept until the index is written again", async () => {
        const first = await search("q=keripik")
        const { id, title } = first.hits[0]
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(`select table_name from search_postgres_index`)
        // Behind the provider's back, in every index table, so no mark moves.
        for (const { table_name } of rows) {
          await pg.raw(
            `update "${table_name}" set document = jsonb_set(document, '{title}', '"Tidak Terlihat"') where id = ?`,
            [id],
          )
        }
        expect(await search("q=keripik")).toEqual(first)
        // Once the mark moves, the same search reads the index again.
        await pg.raw(`update search_postgres_index set updated_at = clock_timestamp()`)
        expect(
          (await search("q=keripik")).hits.find((hit) => hit.id === id)?.title,
        ).toEqual("Tidak Terlihat")

        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id }, update: { title: `${title} Renyah` } },
        })
        await eventually(async () =>
          (await search("q=keripik")).hits.find((hit) => hit.id === id)?.title ===
          `${title} Renyah`
            ? true
            : undefined,
        )
      })

      it("follows a renamed product", async () => {
        const id = await productIdOf("dodol-apel-malang")
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id }, update: { title: "Dodol Apel Batu Istimewa" } },
        })
        await eventually(async () =>
          (await search("q=istimewa")).hits[0]?.id === id ? true : undefined,
        )
      })

      it("drops an unpublished product and takes it back when published", async () => {
        const id = await productIdOf("syal-rajut-wol")
        const found = async () =>
          (await everything("q=syal")).hits.some((h) => h.id === id)
        expect(await found()).toBe(true)
        const setStatus = (status: ProductStatus) =>
          updateProductsWorkflow(getContainer()).run({
            input: { selector: { id }, update: { status } },
          })
        await setStatus(ProductStatus.DRAFT)
        await eventually(async () => ((await found()) ? undefined : true))
        await setStatus(ProductStatus.PUBLISHED)
        await eventually(async () => ((await found()) ? true : undefined))
      })

      it("shows a product out of stock once its stock is gone", async () => {
        const handle = "talenan-kayu-jati"
        const id = await productIdOf(handle)
        const hit = async () =>
          (await everything("q=talenan")).hits.find((h) => h.id === id)
        expect((await hit())?.in_stock).toBe(true)
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { product_id: id },
        })
        const itemIds = data.flatMap((v) =>
          ((v.inventory_items ?? []) as { inventory_item_id: string }[]).map(
            (i) => i.inventory_item_id,
          ),
        )
        const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds })
        await inventory.updateInventoryLevels(
          levels.map((level) => ({
            inventory_item_id: level.inventory_item_id,
            location_id: level.location_id,
            stocked_quantity: 0,
          })),
        )
        await eventually(async () =>
          (await hit())?.in_stock === false ? true : undefined,
        )
      })

      it("drops a product whose every batch is recalled", async () => {
        const handle = "pigura-ukir-jepara"
        const id = await productIdOf(handle)
        const found = async () =>
          (await everything("q=pigura")).hits.some((h) => h.id === id)
        expect(await found()).toBe(true)
        const provenance: ProvenanceModuleService =
          getContainer().resolve(PROVENANCE_MODULE)
        for (const batch of await provenance.listProductionBatches({ product_id: id })) {
          await recallBatchWorkflow(getContainer()).run({
            input: { batch_id: batch.id, reason: "Uji pencarian: seluruh lot ditarik" },
          })
        }
        await eventually(async () => ((await found()) ? undefined : true))
      })

      it("drops a deleted product", async () => {
        const id = await productIdOf("asbak-kayu-jati")
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [id] } })
        await eventually(async () =>
          (await everything("q=asbak")).hits.some((h) => h.id === id) ? undefined : true,
        )
      })
    })

    describe("rebuilding and outages", () => {
      it("staff rebuild the index from the admin and follow its progress", async () => {
        const admin = await adminHeaders(api)
        const requestedAt = Date.now()
        const started = await api.post("/admin/search-indexes/product/reindex", {}, admin)
        expect(started.status).toEqual(202)
        const status = await eventually(async () => {
          const { data } = await api.get("/admin/search-status", admin)
          const sync = data.index.last_sync
          return sync?.status === "done" &&
            new Date(sync.started_at).getTime() >= requestedAt &&
            data.index.status === "ready"
            ? data
            : undefined
        }, 30_000)
        expect(status.index).toMatchObject({
          name: "product",
          engine: "search-postgres",
          documents: (await everything()).total,
        })
        expect(status.index.last_sync.documents_synced).toEqual(status.index.documents)
        // A published product whose stock is all in blocked batches counts as
        // indexable but is left out of the index.
        expect(status.index.indexable_products).toBeGreaterThanOrEqual(
          status.index.documents,
        )
        expect(status.outage_since).toBeNull()
      })

      it("an engine failure gives a clear 503 while product pages and carts keep working, and the index catches up", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(
          `select tablename from pg_tables where tablename like 'search_pg_product_v%'`,
        )
        const tables = rows.map((row: { tablename: string }) => row.tablename)
        for (const table of tables) {
          await pg.raw(`alter table "${table}" rename to "${table}_away"`)
        }
        try {
          const down = await api.get("/store/search?q=kopi", headers).catch(failure)
          expect(down.status).toEqual(503)
          expect(down.data.type).toEqual("search_unavailable")
          expect(down.data.message).toMatch(/Pencarian sedang tidak tersedia/)
          expect(searchOutage.pendingSince()).not.toBeNull()

          const product = await api.get(
            "/store/products?handle=kopi-bubuk-robusta-bengkulu",
            headers,
          )
          expect(product.data.products).toHaveLength(1)
          const { data: regions } = await api.get("/store/regions", headers)
          const cart = await api.post(
            "/store/carts",
            { region_id: regions.regions[0].id },
            headers,
          )
          const added = await api.post(
            `/store/carts/${cart.data.cart.id}/line-items`,
            { variant_id: product.data.products[0].variants[0].id, quantity: 1 },
            headers,
          )
          expect(added.data.cart.items).toHaveLength(1)

          await updateProductsWorkflow(getContainer()).run({
            input: {
              selector: { id: await productIdOf("keset-sabut-kelapa") },
              update: { title: "Keset Sabut Kelapa Bertuah" },
            },
          })
          // The event is handled after the workflow returns; give it time to fail.
          await new Promise((resolve) => setTimeout(resolve, 1500))
          // Still down: the catch-up job waits.
          await searchCatchUp(getContainer())
          expect(searchOutage.pendingSince()).not.toBeNull()
        } finally {
          for (const table of tables) {
            await pg.raw(`alter table "${table}_away" rename to "${table}"`)
          }
        }
        // A change made while the index was away never reached it.
        const missed = await search("q=bertuah")
        expect(missed.total).toEqual(0)
        await searchCatchUp(getContainer())
        expect(searchOutage.pendingSince()).toBeNull()
        const caughtUp = await search("q=bertuah")
        expect(caughtUp.hits.map((h) => h.handle)).toEqual(["keset-sabut-kelapa"])
        expect((await everything()).total).toBeGreaterThan(0)
      })
    })
  },
})
