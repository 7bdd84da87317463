import type {
  ProviderSearchQuery,
  ResolvedSearchIndexDefinition,
  SearchDocument,
} from "@medusajs/framework/types"
import { MeilisearchSearchService } from "../../src/modules/meilisearch/services/meilisearch-search"

/**
 * The provider against a real Meilisearch: what the msw suite cannot prove is that
 * Meilisearch reads our settings, filters and queries the way we think it does.
 */
const HOST = process.env.MEILISEARCH_HOST?.trim()

if (!HOST) {
  console.info(
    "Meilisearch real-server suite skipped: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run it",
  )
}

// A fresh index per run, so runs never see each other's documents.
const INDEX = `karya_real_server_${Date.now()}`

const PRODUCTS: ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: INDEX,
  definition_hash: "real-server",
  settings: {},
  fields: {
    id: { type: "keyword", filterable: true },
    handle: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 3 } },
    description: { type: "text", searchable: { weight: 1 } },
    category_handles: { type: "keyword", array: true, filterable: true, facetable: true },
    halal: { type: "boolean", filterable: true, facetable: true },
    price: {
      type: "integer",
      filterable: true,
      sortable: true,
      facetable: { types: ["stats", "range"] },
    },
    in_stock: { type: "boolean", filterable: true },
  },
  seed: async function* () {},
}

const product = (
  number: number,
  title: string,
  categories: string[],
  price: number,
  extra: Partial<SearchDocument> = {},
): SearchDocument => ({
  id: `prod_${String(number).padStart(2, "0")}`,
  handle: title.toLowerCase().replace(/\s+/g, "-"),
  title,
  description: `${title} buatan bengkel kerja warga binaan`,
  category_handles: categories,
  halal: categories.includes("kuliner"),
  price,
  in_stock: true,
  ...extra,
})

const DOCUMENTS: SearchDocument[] = [
  product(1, "Keripik Singkong Balado", ["kuliner"], 15000),
  product(2, "Keripik Pisang Manis", ["kuliner"], 18000),
  product(3, "Kerupuk Ikan Tenggiri", ["kuliner"], 22000),
  product(4, "Sambal Bawang Botol", ["kuliner"], 25000),
  product(5, "Madu Hutan Asli", ["kuliner"], 85000),
  product(6, "Kopi Robusta Bubuk", ["kuliner"], 45000),
  product(7, "Teh Rosella Kering", ["kuliner"], 30000),
  product(8, "Kue Kering Nastar", ["kuliner"], 65000, { in_stock: false }),
  product(9, "Kursi Jati Ukir", ["furnitur"], 1250000),
  product(10, "Meja Makan Jati", ["furnitur"], 3500000),
  product(11, "Lemari Pakaian Mahoni", ["furnitur"], 2750000),
  product(12, "Kursi Rotan Teras", ["furnitur", "anyaman"], 450000),
  product(13, "Keranjang Anyaman Bambu", ["anyaman"], 75000),
  product(14, "Tas Anyaman Pandan", ["anyaman", "fashion"], 120000),
  product(15, "Dompet Kulit Sapi", ["fashion"], 95000),
  product(16, "Sandal Kulit Jahit Tangan", ["fashion"], 110000),
  product(17, "Kain Batik Tulis", ["fashion"], 350000),
  product(18, "Syal Rajut Wol", ["fashion"], 80000),
  product(19, "Sabun Sereh Alami", ["perawatan"], 20000),
  product(20, "Rak Buku Besi", ["furnitur"], 600000, { handle: 'rak-besi-"minimalis"' }),
]

const query = (overrides: Partial<ProviderSearchQuery> = {}): ProviderSearchQuery => ({
  index: PRODUCTS,
  attributes_to_retrieve: ["id", "title", "price"],
  ...overrides,
})

describe.skipIf(!HOST)("Meilisearch provider against a real server", () => {
  // Built in beforeAll: a skipped describe still runs its body while collecting.
  let provider: MeilisearchSearchService
  const ids = async (overrides: Partial<ProviderSearchQuery>) =>
    (await provider.search(query(overrides))).hits.map((hit) => hit.id)

  beforeAll(async () => {
    provider = new MeilisearchSearchService(
      {},
      { host: HOST ?? "", api_key: process.env.MEILISEARCH_API_KEY, timeout_ms: 10_000 },
    )
    await provider.upsertIndex({ index: PRODUCTS })
    const task = await provider.upsertDocuments({
      index: INDEX,
      definition: PRODUCTS,
      documents: DOCUMENTS,
    })
    expect(await provider.waitForTask(task, { timeout_ms: 60_000 })).toMatchObject({
      status: "succeeded",
    })
  })

  afterAll(async () => {
    await provider.waitForTask(await provider.deleteIndex({ index: INDEX }))
  })

  it("finds keripik when a shopper types kripik", async () => {
    expect(await ids({ q: "kripik" })).toEqual(
      expect.arrayContaining(["prod_01", "prod_02"]),
    )
  })

  it("finds Indonesian goods by their English names", async () => {
    expect(await ids({ q: "honey" })).toEqual(["prod_05"])
    expect(await ids({ q: "chair" })).toEqual(
      expect.arrayContaining(["prod_09", "prod_12"]),
    )
  })

  it("finds kursi despite a typo", async () => {
    expect(await ids({ q: "kersi" })).toEqual(
      expect.arrayContaining(["prod_09", "prod_12"]),
    )
  })

  it("ignores Indonesian stop words while every other word must match", async () => {
    expect(await ids({ q: "kursi dari jati" })).toEqual(["prod_09"])
  })

  it("filters, facets and counts exactly", async () => {
    const result = await provider.search(
      query({
        filters: { halal: true, in_stock: true },
        search_options: {
          facets: ["category_handles", { field: "price", type: "stats" }],
        },
      }),
    )

    expect(result.metadata.count).toBe(7)
    expect(result.facets?.category_handles).toEqual({
      type: "value",
      values: [{ value: "kuliner", count: 7 }],
    })
    expect(result.facets?.price).toEqual({
      type: "stats",
      min: 15000,
      max: 85000,
      count: 7,
    })
  })

  it("sorts strictly by the requested order", async () => {
    const result = await provider.search(
      query({
        filters: { category_handles: "furnitur" },
        pagination: { order: { price: "ASC" } },
      }),
    )

    const prices = result.hits.map((hit) => hit.document.price as number)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    expect(prices).toHaveLength(5)
  })

  it("pages with exact totals", async () => {
    const result = await provider.search(query({ pagination: { skip: 15, take: 5 } }))

    expect(result.metadata).toMatchObject({ skip: 15, take: 5, count: 20 })
    expect(result.hits).toHaveLength(5)
  })

  it("counts range facets", async () => {
    const result = await provider.search(
      query({
        search_options: {
          facets: [
            {
              field: "price",
              type: "range",
              ranges: [{ to: 50000 }, { from: 50000, to: 500000 }, { from: 500000 }],
            },
          ],
        },
      }),
    )

    expect(result.facets?.price).toMatchObject({
      type: "range",
      ranges: [{ count: 7 }, { count: 9 }, { count: 4 }],
    })
  })

  it("reads quoted values and empty lists as Meilisearch should", async () => {
    expect(await ids({ filters: { handle: 'rak-besi-"minimalis"' } })).toEqual([
      "prod_20",
    ])
    expect(await ids({ filters: { category_handles: [] } })).toEqual([])
    expect(
      await ids({
        filters: {
          $or: [{ category_handles: "perawatan" }, { price: { $gte: 3000000 } }],
        },
        pagination: { order: { price: "ASC" } },
      }),
    ).toEqual(["prod_19", "prod_10"])
  })

  it("answers several queries in one round trip", async () => {
    const [honey, batik] = await provider.searchMany([
      query({ q: "madu" }),
      query({ q: "batik" }),
    ])

    expect(honey.hits.map((hit) => hit.id)).toEqual(["prod_05"])
    expect(batik.hits.map((hit) => hit.id)).toEqual(["prod_17"])
  })

  it("lists the index with its document count", async () => {
    const indexes = await provider.listIndexes()

    expect(indexes.find((index) => index.name === INDEX)).toMatchObject({
      provider: "meilisearch",
      document_count: 20,
    })
  })

  it("deletes by ids and by filter", async () => {
    const byIds = await provider.deleteDocuments({
      index: INDEX,
      filters: { id: ["prod_01", "prod_02"] },
    })
    expect(await provider.waitForTask(byIds)).toMatchObject({ status: "succeeded" })
    const byFilter = await provider.deleteDocuments({
      index: INDEX,
      filters: { category_handles: "fashion" },
    })
    expect(await provider.waitForTask(byFilter)).toMatchObject({ status: "succeeded" })

    const result = await provider.search(query())
    expect(result.metadata.count).toBe(13)
    expect(result.hits.map((hit) => hit.id)).not.toContain("prod_01")
  })
})
