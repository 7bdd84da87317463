import type {
  ProviderSearchQuery,
  ResolvedSearchIndexDefinition,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { delay, http, HttpResponse, type JsonBodyType } from "msw"
import { setupServer } from "msw/node"
import { searchOutage } from "../../lib/search-outage"
import { RANKING_RULES } from "./index-settings"
import { MeilisearchSearchService } from "./services/meilisearch-search"
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from "../../lib/search-synonyms"

const HOST = "http://meili.test"

const PRODUCTS: ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "product_v1",
  definition_hash: "d41d8cd9",
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: 4,
      min_word_size_for_two_typos: 8,
      disabled_on_attributes: ["id"],
    },
  },
  fields: {
    id: { type: "keyword", filterable: true },
    // Declared before the title on purpose: the weight, not the order, ranks it.
    description: { type: "text", searchable: { weight: 1 } },
    title: { type: "text", searchable: { weight: 3 } },
    category_handles: { type: "keyword", array: true, filterable: true, facetable: true },
    halal: { type: "boolean", filterable: true, facetable: true },
    price: {
      type: "integer",
      filterable: true,
      sortable: true,
      facetable: { types: ["stats"] },
    },
    in_stock: { type: "boolean", filterable: true },
  },
  seed: async function* () {},
}

type Recorded = { method: string; path: string; query: string; body: unknown }

/** Just enough of Meilisearch's HTTP API, answering in its shapes and recording requests. */
function fakeMeilisearch() {
  const requests: Recorded[] = []
  const indexes = new Map<string, { uid: string; primaryKey: string | null }>()
  const taskIndexes = new Map<number, string>()
  const failingTasks = new Map<number, { message: string; code: string }>()
  let nextTask = 0

  async function record(request: Request) {
    const url = new URL(request.url)
    const text = await request.clone().text()
    requests.push({
      method: request.method,
      path: url.pathname,
      query: url.search,
      body: text ? JSON.parse(text) : undefined,
    })
    return text ? JSON.parse(text) : undefined
  }

  function enqueue(indexUid: string, type: string) {
    const taskUid = nextTask++
    taskIndexes.set(taskUid, indexUid)
    return HttpResponse.json(
      { taskUid, indexUid, status: "enqueued", type, enqueuedAt: "2026-11-29T00:00:00Z" },
      { status: 202 },
    )
  }

  const handlers = [
    http.get(`${HOST}/indexes/:uid`, async ({ request, params }) => {
      await record(request)
      const index = indexes.get(String(params.uid))
      return index
        ? HttpResponse.json({
            ...index,
            createdAt: "2026-11-01T00:00:00Z",
            updatedAt: "2026-11-02T00:00:00Z",
          })
        : HttpResponse.json(
            {
              message: `Index \`${params.uid}\` not found.`,
              code: "index_not_found",
              type: "invalid_request",
              link: "https://docs.meilisearch.com/errors#index_not_found",
            },
            { status: 404 },
          )
    }),
    http.post(`${HOST}/indexes`, async ({ request }) => {
      const body = (await record(request)) as { uid: string; primaryKey: string }
      indexes.set(body.uid, { uid: body.uid, primaryKey: body.primaryKey })
      return enqueue(body.uid, "indexCreation")
    }),
    http.patch(`${HOST}/indexes/:uid`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "indexUpdate")
    }),
    http.delete(`${HOST}/indexes/:uid`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "indexDeletion")
    }),
    http.patch(`${HOST}/indexes/:uid/settings`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "settingsUpdate")
    }),
    http.post(`${HOST}/indexes/:uid/documents`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "documentAdditionOrUpdate")
    }),
    http.delete(`${HOST}/indexes/:uid/documents`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "documentDeletion")
    }),
    http.post(
      `${HOST}/indexes/:uid/documents/delete-batch`,
      async ({ request, params }) => {
        await record(request)
        return enqueue(String(params.uid), "documentDeletion")
      },
    ),
    http.post(`${HOST}/indexes/:uid/documents/delete`, async ({ request, params }) => {
      await record(request)
      return enqueue(String(params.uid), "documentDeletion")
    }),
    http.get(`${HOST}/tasks/:uid`, async ({ request, params }) => {
      await record(request)
      const uid = Number(params.uid)
      const error = failingTasks.get(uid) ?? null
      return HttpResponse.json({
        uid,
        batchUid: uid,
        indexUid: taskIndexes.get(uid) ?? null,
        status: error ? "failed" : "succeeded",
        type: "settingsUpdate",
        canceledBy: null,
        error: error && { ...error, type: "invalid_request", link: "" },
        duration: "PT0.01S",
        enqueuedAt: "2026-11-29T00:00:00Z",
        startedAt: "2026-11-29T00:00:00Z",
        finishedAt: "2026-11-29T00:00:01Z",
      })
    }),
  ]

  function reset() {
    requests.length = 0
    indexes.clear()
    taskIndexes.clear()
    failingTasks.clear()
    nextTask = 0
  }

  return { requests, indexes, failingTasks, handlers, record, reset }
}

const meili = fakeMeilisearch()
const server = setupServer(...meili.handlers)

function service(
  options: Partial<ConstructorParameters<typeof MeilisearchSearchService>[1]> = {},
) {
  return new MeilisearchSearchService({}, { host: HOST, ...options })
}

/** Answers the next searches with `response`, recording what was asked. */
function answerSearch(response: JsonBodyType) {
  server.use(
    http.post(`${HOST}/indexes/:uid/search`, async ({ request }) => {
      await meili.record(request)
      return HttpResponse.json(response)
    }),
  )
}

function query(overrides: Partial<ProviderSearchQuery> = {}): ProviderSearchQuery {
  return { index: PRODUCTS, attributes_to_retrieve: ["title", "price"], ...overrides }
}

async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(MedusaError)
  return error as MedusaError
}

const paths = () => meili.requests.map(({ method, path }) => `${method} ${path}`)

beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
beforeEach(() => {
  meili.reset()
  // Clears any outage an earlier test recorded.
  searchOutage.resolve(new Date(Date.now() + 1_000))
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe("MeilisearchSearchService options", () => {
  it("is the meilisearch provider", () => {
    expect(MeilisearchSearchService.identifier).toBe("meilisearch")
    expect(service().identifier).toBe("meilisearch")
  })

  it("needs an http(s) host", () => {
    expect(() => MeilisearchSearchService.validateOptions({})).toThrow(
      /`host` is required/,
    )
    expect(() =>
      MeilisearchSearchService.validateOptions({ host: "meili.test" }),
    ).toThrow(/http\(s\) URL/)
    expect(() =>
      MeilisearchSearchService.validateOptions({ host: HOST, timeout_ms: -1 }),
    ).toThrow(/timeout_ms/)
    expect(() =>
      MeilisearchSearchService.validateOptions({ host: HOST, stop_words: "yang" }),
    ).toThrow(/stop_words/)
    expect(() => MeilisearchSearchService.validateOptions({ host: HOST })).not.toThrow()
  })
})

describe("upsertIndex", () => {
  it("creates a missing index with its primary key, then applies the settings", async () => {
    const task = await service().upsertIndex({ index: PRODUCTS })

    expect(paths()).toEqual([
      "GET /indexes/product_v1",
      "POST /indexes",
      "GET /tasks/0",
      "PATCH /indexes/product_v1/settings",
      "GET /tasks/1",
    ])
    expect(meili.requests[1].body).toEqual({ uid: "product_v1", primaryKey: "id" })
    expect(meili.requests[3].body).toEqual({
      searchableAttributes: ["title", "description"],
      filterableAttributes: ["id", "category_handles", "halal", "price", "in_stock"],
      sortableAttributes: ["price"],
      displayedAttributes: ["*"],
      rankingRules: RANKING_RULES,
      distinctAttribute: null,
      synonyms: SEARCH_SYNONYMS,
      stopWords: SEARCH_STOP_WORDS,
      faceting: { sortFacetValuesBy: { "*": "count" } },
      typoTolerance: {
        enabled: true,
        disableOnAttributes: ["id"],
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      },
    })
    expect(task).toEqual({ id: "1", index: "product_v1", status: "succeeded" })
  })

  it("sends Indonesian synonyms both ways and Indonesian stop words", async () => {
    await service().upsertIndex({ index: PRODUCTS })
    const settings = meili.requests[3].body as {
      synonyms: Record<string, string[]>
      stopWords: string[]
    }

    expect(settings.synonyms.kripik).toContain("keripik")
    expect(settings.synonyms.keripik).toContain("kripik")
    expect(settings.synonyms.kursi).toContain("chair")
    expect(settings.synonyms.chair).toEqual(["kursi"])
    expect(settings.synonyms.kue).toEqual(expect.arrayContaining(["cake", "cookie"]))
    expect(settings.synonyms.cake).not.toContain("cookie")
    expect(settings.stopWords).toEqual(
      expect.arrayContaining(["yang", "dan", "di", "untuk"]),
    )
  })

  it("keeps an existing index and lets options and provider settings override", async () => {
    meili.indexes.set("product_v1", { uid: "product_v1", primaryKey: "id" })
    const index: ResolvedSearchIndexDefinition = {
      ...PRODUCTS,
      fields: { ...PRODUCTS.fields, cost: { type: "integer", retrievable: false } },
      settings: {
        distinct_attribute: "title",
        provider_options: { meilisearch: { pagination: { maxTotalHits: 5000 } } },
      },
    }

    await service({ synonyms: { tas: ["bag"] }, stop_words: ["yang"] }).upsertIndex({
      index,
    })

    expect(paths()).toEqual([
      "GET /indexes/product_v1",
      "PATCH /indexes/product_v1/settings",
      "GET /tasks/0",
    ])
    expect(meili.requests[1].body).toMatchObject({
      displayedAttributes: [
        "id",
        "description",
        "title",
        "category_handles",
        "halal",
        "price",
        "in_stock",
      ],
      distinctAttribute: "title",
      synonyms: { tas: ["bag"] },
      stopWords: ["yang"],
      pagination: { maxTotalHits: 5000 },
    })
    expect(meili.requests[1].body).not.toHaveProperty("typoTolerance")
  })

  it("rejects what Meilisearch cannot hold before sending anything", async () => {
    const withField = (field: ResolvedSearchIndexDefinition["fields"]) => ({
      index: { ...PRODUCTS, fields: { ...PRODUCTS.fields, ...field } },
    })

    const vector = await rejection(
      service().upsertIndex(withField({ embedding: { type: "vector", dimensions: 3 } })),
    )
    expect(vector.message).toMatch(
      /Vector field "embedding".*needs a Meilisearch embedder/,
    )
    const geo = await rejection(
      service().upsertIndex(withField({ location: { type: "geo" } })),
    )
    expect(geo.message).toMatch(/Geo field "location".*must be named "_geo"/)
    expect(meili.requests).toEqual([])
  })

  it("throws when Meilisearch refuses the settings", async () => {
    meili.failingTasks.set(1, {
      message: "Attribute `nope` is not filterable.",
      code: "invalid_settings_filterable_attributes",
    })

    const error = await rejection(service().upsertIndex({ index: PRODUCTS }))

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.code).toBe("invalid_settings_filterable_attributes")
    expect(error.message).toContain("apply the settings")
  })
})

describe("documents", () => {
  it("posts the documents and reports the enqueued task", async () => {
    const documents = [
      { id: "prod_1", title: "Keripik Singkong Balado", halal: true, price: 15000 },
      { id: "prod_2", title: "Kursi Jati Ukir", halal: false, price: 1250000 },
    ]

    const task = await service().upsertDocuments({
      index: "product_v2",
      definition: PRODUCTS,
      documents,
    })

    expect(paths()).toEqual(["POST /indexes/product_v2/documents"])
    expect(meili.requests[0].body).toEqual(documents)
    expect(task).toEqual({ id: "0", index: "product_v2", status: "enqueued" })
  })

  it("sends nothing for an empty batch", async () => {
    const task = await service().upsertDocuments({
      index: "product_v1",
      definition: PRODUCTS,
      documents: [],
    })

    expect(meili.requests).toEqual([])
    expect(task).toEqual({ index: "product_v1", status: "succeeded" })
  })

  it("deletes by ids on the primary key, and by filter otherwise", async () => {
    const provider = service()

    await provider.deleteDocuments({
      index: "product_v1",
      filters: { id: ["prod_1", "prod_2"] },
    })
    await provider.deleteDocuments({
      index: "product_v1",
      filters: { id: { $in: ["prod_3"] } },
    })
    await provider.deleteDocuments({ index: "product_v1", filters: { halal: false } })

    expect(meili.requests).toEqual([
      expect.objectContaining({
        path: "/indexes/product_v1/documents/delete-batch",
        body: ["prod_1", "prod_2"],
      }),
      expect.objectContaining({
        path: "/indexes/product_v1/documents/delete-batch",
        body: ["prod_3"],
      }),
      expect.objectContaining({
        path: "/indexes/product_v1/documents/delete",
        body: { filter: "halal = false" },
      }),
    ])
  })

  it("knows a custom primary key once the index was written", async () => {
    const byHandle = { ...PRODUCTS, primary_key: "handle" }
    const provider = service()
    await provider.upsertDocuments({
      index: "product_v1",
      definition: byHandle,
      documents: [{ id: "kursi-jati", handle: "kursi-jati" }],
    })

    await provider.deleteDocuments({
      index: "product_v1",
      filters: { handle: "kursi-jati" },
    })

    expect(meili.requests[1]).toMatchObject({
      path: "/indexes/product_v1/documents/delete-batch",
      body: ["kursi-jati"],
    })
  })

  it("refuses a delete without a filter, and deletes nothing for no ids", async () => {
    const provider = service()

    const error = await rejection(
      provider.deleteDocuments({ index: "product_v1", filters: {} }),
    )
    expect(error.message).toMatch(/without a filter/)
    const task = await provider.deleteDocuments({
      index: "product_v1",
      filters: { id: [] },
    })
    expect(task.status).toBe("succeeded")
    expect(meili.requests).toEqual([])
  })

  it("clears and deletes indexes", async () => {
    const provider = service()

    const cleared = await provider.clearIndex({ index: "product_v1" })
    const deleted = await provider.deleteIndex({ index: "product_v0" })

    expect(paths()).toEqual([
      "DELETE /indexes/product_v1/documents",
      "DELETE /indexes/product_v0",
    ])
    expect(cleared).toEqual({ id: "0", index: "product_v1", status: "enqueued" })
    expect(deleted).toEqual({ id: "1", index: "product_v0", status: "enqueued" })
  })

  it("stores dates as epoch milliseconds and returns them as ISO strings", async () => {
    const withDates: ResolvedSearchIndexDefinition = {
      ...PRODUCTS,
      fields: {
        ...PRODUCTS.fields,
        created_at: { type: "date", filterable: true, sortable: true },
      },
    }
    const provider = service()
    await provider.upsertDocuments({
      index: "product_v1",
      definition: withDates,
      documents: [{ id: "prod_1", created_at: "2026-11-01T08:00:00.000Z" }],
    })
    answerSearch({
      hits: [{ id: "prod_1", created_at: Date.parse("2026-11-01T08:00:00.000Z") }],
      processingTimeMs: 1,
      query: "",
      hitsPerPage: 20,
      page: 1,
      totalPages: 1,
      totalHits: 1,
    })

    const result = await provider.search({
      index: withDates,
      attributes_to_retrieve: ["created_at"],
      filters: { created_at: { $gte: "2026-10-01T00:00:00.000Z" } },
    })

    expect(meili.requests[0].body).toEqual([
      { id: "prod_1", created_at: Date.parse("2026-11-01T08:00:00.000Z") },
    ])
    expect(meili.requests[1].body).toMatchObject({
      filter: `created_at >= ${Date.parse("2026-10-01T00:00:00.000Z")}`,
    })
    expect(result.hits[0].document).toEqual({
      id: "prod_1",
      created_at: "2026-11-01T08:00:00.000Z",
    })
  })

  it("lists indexes with their document counts", async () => {
    server.use(
      http.get(`${HOST}/indexes`, async ({ request }) => {
        await meili.record(request)
        return HttpResponse.json({
          results: [
            {
              uid: "product_v1",
              primaryKey: "id",
              createdAt: "2026-11-01T00:00:00Z",
              updatedAt: "2026-11-02T00:00:00Z",
            },
          ],
          offset: 0,
          limit: 100,
          total: 1,
        })
      }),
      http.get(`${HOST}/stats`, async ({ request }) => {
        await meili.record(request)
        return HttpResponse.json({
          databaseSize: 1,
          lastUpdate: "2026-11-02T00:00:00Z",
          indexes: { product_v1: { numberOfDocuments: 42, isIndexing: false } },
        })
      }),
    )

    const indexes = await service().listIndexes()

    expect(meili.requests.map(({ path, query }) => path + query)).toEqual([
      "/indexes?offset=0&limit=100",
      "/stats",
    ])
    expect(indexes).toEqual([
      {
        name: "product_v1",
        provider: "meilisearch",
        document_count: 42,
        created_at: new Date("2026-11-01T00:00:00Z"),
        updated_at: new Date("2026-11-02T00:00:00Z"),
      },
    ])
  })
})

describe("waitForTask", () => {
  it("maps a succeeded task", async () => {
    const task = await service().waitForTask({
      id: "3",
      index: "product_v1",
      status: "enqueued",
    })

    expect(paths()).toEqual(["GET /tasks/3"])
    expect(task).toEqual({ id: "3", index: "product_v1", status: "succeeded" })
  })

  it("maps a failed task with Meilisearch's error", async () => {
    meili.failingTasks.set(7, {
      message: "Document identifier `a b` is invalid.",
      code: "invalid_document_id",
    })

    const task = await service().waitForTask(
      { id: "7", index: "product_v1", status: "enqueued" },
      { timeout_ms: 1000 },
    )

    expect(task).toEqual({
      id: "7",
      index: "product_v1",
      status: "failed",
      error: {
        message: "Document identifier `a b` is invalid.",
        code: "invalid_document_id",
      },
    })
  })

  it("has nothing to wait for on a finished task", async () => {
    const task = await service().waitForTask({ index: "product_v1", status: "succeeded" })

    expect(task.status).toBe("succeeded")
    expect(meili.requests).toEqual([])
  })
})

const SEARCH_RESPONSE = {
  hits: [
    { id: "prod_2", title: "Kursi Jati Ukir", price: 1250000, _rankingScore: 0.93 },
    { id: "prod_9", title: "Kursi Rotan", price: 450000, _rankingScore: 0.71 },
  ],
  query: "kursi",
  processingTimeMs: 3,
  hitsPerPage: 10,
  page: 3,
  totalPages: 3,
  totalHits: 22,
  facetDistribution: {
    category_handles: { dapur: 2, furnitur: 19, anyaman: 5 },
    halal: { false: 20, true: 2 },
    price: { "450000": 1, "1250000": 1 },
  },
  facetStats: { price: { min: 45000, max: 3500000 } },
}

describe("search", () => {
  it("sends the query, filter, sort, facets and whole-page paging", async () => {
    answerSearch(SEARCH_RESPONSE)

    const result = await service().search(
      query({
        q: "kursi",
        filters: { halal: true, category_handles: ["furnitur"] },
        pagination: { skip: 20, take: 10, order: { price: "ASC" } },
        search_options: {
          facets: ["category_handles", "halal", { field: "price", type: "stats" }],
        },
      }),
    )

    expect(paths()).toEqual(["POST /indexes/product_v1/search"])
    expect(meili.requests[0].body).toEqual({
      q: "kursi",
      matchingStrategy: "all",
      filter: 'halal = true AND category_handles IN ["furnitur"]',
      sort: ["price:asc"],
      facets: ["category_handles", "halal", "price"],
      hitsPerPage: 10,
      page: 3,
      attributesToRetrieve: ["title", "price", "id"],
    })
    expect(result.hits).toEqual([
      {
        id: "prod_2",
        document: { id: "prod_2", title: "Kursi Jati Ukir", price: 1250000 },
      },
      { id: "prod_9", document: { id: "prod_9", title: "Kursi Rotan", price: 450000 } },
    ])
    expect(result.facets).toEqual({
      category_handles: {
        type: "value",
        values: [
          { value: "furnitur", count: 19 },
          { value: "anyaman", count: 5 },
          { value: "dapur", count: 2 },
        ],
      },
      halal: {
        type: "value",
        values: [
          { value: "false", count: 20 },
          { value: "true", count: 2 },
        ],
      },
      price: { type: "stats", min: 45000, max: 3500000, count: 22 },
    })
    expect(result.metadata).toEqual({
      skip: 20,
      take: 10,
      count: 22,
      query: "kursi",
      processing_time_ms: 3,
    })
    expect(result.provider_metadata).toEqual({ exact_count: true })
  })

  it("falls back to offset/limit and the estimate for a window off the page grid", async () => {
    answerSearch({ ...SEARCH_RESPONSE, totalHits: undefined, estimatedTotalHits: 40 })

    const result = await service().search(query({ pagination: { skip: 5, take: 10 } }))

    expect(meili.requests[0].body).toMatchObject({ offset: 5, limit: 10 })
    expect(meili.requests[0].body).not.toHaveProperty("page")
    expect(result.metadata.count).toBe(40)
    expect(result.provider_metadata).toEqual({ exact_count: false })
  })

  it("counts exactly off the page grid when an exact count is asked", async () => {
    server.use(
      http.post(`${HOST}/multi-search`, async ({ request }) => {
        await meili.record(request)
        return HttpResponse.json({
          results: [
            { ...SEARCH_RESPONSE, totalHits: undefined, estimatedTotalHits: 40 },
            { indexUid: "product_v1", hits: [], totalHits: 37, processingTimeMs: 1 },
          ],
        })
      }),
    )

    const result = await service().search(
      query({
        filters: { halal: true },
        pagination: { skip: 5, take: 10 },
        search_options: { count: "exact" },
      }),
    )

    expect((meili.requests[0].body as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({ filter: "halal = true", offset: 5, limit: 10 }),
      {
        indexUid: "product_v1",
        matchingStrategy: "all",
        filter: "halal = true",
        hitsPerPage: 0,
        page: 1,
      },
    ])
    expect(result.metadata.count).toBe(37)
    expect(result.provider_metadata).toEqual({ exact_count: true })
  })

  it("reports no count when none is asked", async () => {
    answerSearch({ ...SEARCH_RESPONSE, estimatedTotalHits: 40 })

    const result = await service().search(query({ search_options: { count: "none" } }))

    expect(meili.requests[0].body).toMatchObject({ offset: 0, limit: 20 })
    expect(result.metadata.count).toBeNull()
  })

  it("maps match strategies, scores, thresholds, highlights and provider options", async () => {
    answerSearch({
      ...SEARCH_RESPONSE,
      hits: [
        {
          ...SEARCH_RESPONSE.hits[0],
          _formatted: {
            id: "prod_2",
            title: "<b>Kursi</b> Jati Ukir",
            description: "Dari kayu jati",
          },
        },
      ],
    })
    const provider = service()

    const result = await provider.search(
      query({
        q: "kursi",
        search_options: {
          match_strategy: "any",
          include_score: true,
          min_score: 0.5,
          distinct: "title",
          attributes_to_search_on: ["title"],
          highlight: {
            fields: ["title", "description"],
            pre_tag: "<b>",
            post_tag: "</b>",
          },
          provider_options: { meilisearch: { showMatchesPosition: true } },
        },
      }),
    )
    answerSearch(SEARCH_RESPONSE)
    await provider.search(
      query({ q: "kursi ja", search_options: { match_strategy: "last" } }),
    )

    expect(meili.requests[0].body).toMatchObject({
      matchingStrategy: "frequency",
      showRankingScore: true,
      rankingScoreThreshold: 0.5,
      distinct: "title",
      attributesToSearchOn: ["title"],
      attributesToHighlight: ["title", "description"],
      highlightPreTag: "<b>",
      highlightPostTag: "</b>",
      showMatchesPosition: true,
    })
    expect(meili.requests[1].body).toMatchObject({ matchingStrategy: "all" })
    expect(result.hits[0]).toEqual({
      id: "prod_2",
      score: 0.93,
      document: { id: "prod_2", title: "Kursi Jati Ukir", price: 1250000 },
      highlights: { title: ["<b>Kursi</b> Jati Ukir"] },
    })
  })

  it("highlights the searched fields with <mark> when asked with true", async () => {
    answerSearch(SEARCH_RESPONSE)

    await service().search(query({ q: "kursi", search_options: { highlight: true } }))

    expect(meili.requests[0].body).toMatchObject({
      attributesToHighlight: ["title", "description"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    })
  })

  it("counts range facets with one extra query per range in the same round trip", async () => {
    const priced = {
      ...PRODUCTS,
      fields: {
        ...PRODUCTS.fields,
        price: { type: "integer" as const, facetable: true },
      },
    }
    server.use(
      http.post(`${HOST}/multi-search`, async ({ request }) => {
        await meili.record(request)
        return HttpResponse.json({
          results: [
            { ...SEARCH_RESPONSE, indexUid: "product_v1" },
            { indexUid: "product_v1", hits: [], totalHits: 7, processingTimeMs: 1 },
            { indexUid: "product_v1", hits: [], totalHits: 11, processingTimeMs: 1 },
            { indexUid: "product_v1", hits: [], totalHits: 4, processingTimeMs: 1 },
          ],
        })
      }),
    )

    const result = await service().search(
      query({
        index: priced,
        q: "kursi",
        filters: { halal: true },
        search_options: {
          facets: [
            {
              field: "price",
              type: "range",
              ranges: [
                { to: 50000 },
                { from: 50000, to: 150000 },
                { key: "premium", from: 150000 },
              ],
            },
          ],
        },
      }),
    )

    expect(paths()).toEqual(["POST /multi-search"])
    const counted = { indexUid: "product_v1", q: "kursi", matchingStrategy: "all" }
    expect((meili.requests[0].body as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({
        ...counted,
        filter: "halal = true",
        hitsPerPage: 20,
        page: 1,
      }),
      {
        ...counted,
        filter: "(halal = true) AND (price < 50000)",
        hitsPerPage: 0,
        page: 1,
      },
      {
        ...counted,
        filter: "(halal = true) AND ((price >= 50000 AND price < 150000))",
        hitsPerPage: 0,
        page: 1,
      },
      {
        ...counted,
        filter: "(halal = true) AND (price >= 150000)",
        hitsPerPage: 0,
        page: 1,
      },
    ])
    expect(result.facets?.price).toEqual({
      type: "range",
      ranges: [
        { key: "*-50000", to: 50000, count: 7 },
        { key: "50000-150000", from: 50000, to: 150000, count: 11 },
        { key: "premium", from: 150000, count: 4 },
      ],
    })
    expect(result.metadata.count).toBe(22)
  })

  it("rejects what Meilisearch cannot answer", async () => {
    const provider = service()

    const typo = await rejection(
      provider.search(query({ search_options: { typo_tolerance: false } })),
    )
    expect(typo.message).toMatch(/typo tolerance off/)
    const vector = await rejection(
      provider.search(query({ search_options: { vector: { value: [0.1, 0.2] } } })),
    )
    expect(vector.message).toMatch(/vector search/)
    const prefix = await rejection(
      provider.search(query({ filters: { title: { $prefix: "kur" } } })),
    )
    expect(prefix.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(prefix.message).toContain('"$prefix"')
    const facet = await rejection(
      provider.search(query({ search_options: { facets: ["title"] } })),
    )
    expect(facet.message).toMatch(/not facetable/)
    const order = await rejection(
      provider.search(query({ pagination: { order: { _score: "DESC", price: "ASC" } } })),
    )
    expect(order.message).toMatch(/put "_score" last/)
    expect(meili.requests).toEqual([])
  })
})

describe("searchMany", () => {
  it("sends every query in one multi-search", async () => {
    server.use(
      http.post(`${HOST}/multi-search`, async ({ request }) => {
        await meili.record(request)
        return HttpResponse.json({
          results: [
            { ...SEARCH_RESPONSE, indexUid: "product_v1" },
            {
              indexUid: "product_v1",
              hits: [{ id: "prod_5", title: "Madu Hutan" }],
              query: "madu",
              processingTimeMs: 2,
              hitsPerPage: 20,
              page: 1,
              totalPages: 1,
              totalHits: 1,
            },
          ],
        })
      }),
    )

    const results = await service().searchMany([
      query({ q: "kursi", pagination: { skip: 20, take: 10 } }),
      query({ q: "madu", filters: { in_stock: true } }),
    ])

    expect(paths()).toEqual(["POST /multi-search"])
    expect(meili.requests[0].body).toEqual({
      queries: [
        {
          indexUid: "product_v1",
          q: "kursi",
          matchingStrategy: "all",
          hitsPerPage: 10,
          page: 3,
          attributesToRetrieve: ["title", "price", "id"],
        },
        {
          indexUid: "product_v1",
          q: "madu",
          matchingStrategy: "all",
          filter: "in_stock = true",
          hitsPerPage: 20,
          page: 1,
          attributesToRetrieve: ["title", "price", "id"],
        },
      ],
    })
    expect(results.map((result) => result.hits.map((hit) => hit.id))).toEqual([
      ["prod_2", "prod_9"],
      ["prod_5"],
    ])
    expect(results.map((result) => result.metadata.count)).toEqual([22, 1])
  })
})

describe("errors", () => {
  const search = (provider = service()) => provider.search(query({ q: "kursi" }))

  it("turns an API error into INVALID_DATA with Meilisearch's code", async () => {
    server.use(
      http.post(`${HOST}/indexes/:uid/search`, () =>
        HttpResponse.json(
          {
            message: "Attribute `in_stock` is not filterable.",
            code: "invalid_search_filter",
            type: "invalid_request",
            link: "https://docs.meilisearch.com/errors#invalid_search_filter",
          },
          { status: 400 },
        ),
      ),
    )

    const error = await rejection(search())

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.code).toBe("invalid_search_filter")
    expect(error.message).toContain("invalid_search_filter")
    expect(searchOutage.pendingSince()).toBeNull()
  })

  it("turns a server error into UNEXPECTED_STATE with Meilisearch's code", async () => {
    server.use(
      http.post(`${HOST}/indexes/:uid/search`, () =>
        HttpResponse.json(
          {
            message: "An internal error has occurred.",
            code: "internal",
            type: "internal",
            link: "",
          },
          { status: 500 },
        ),
      ),
    )

    const error = await rejection(search())

    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.code).toBe("internal")
    expect(error.message).toMatch(/^Meilisearch failed \(internal\)/)
  })

  it("keeps the status and Retry-After of a rate limit for the module's retry", async () => {
    server.use(
      http.post(`${HOST}/indexes/:uid/documents`, () =>
        HttpResponse.json(
          {
            message: "Too many requests",
            code: "too_many_requests",
            type: "system",
            link: "",
          },
          { status: 429, headers: { "Retry-After": "2" } },
        ),
      ),
    )

    const error = await rejection(
      service().upsertDocuments({
        index: "product_v1",
        definition: PRODUCTS,
        documents: [{ id: "prod_1" }],
      }),
    )

    expect(error).toMatchObject({ status: 429, retry_after: 2000 })
  })

  it("says Meilisearch is unreachable on a network error, and records the outage", async () => {
    server.use(http.post(`${HOST}/indexes/:uid/search`, () => HttpResponse.error()))
    const before = Date.now()

    const error = await rejection(search())

    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toMatch(/^Meilisearch is unreachable: /)
    expect(searchOutage.pendingSince()?.getTime()).toBeGreaterThanOrEqual(before)
  })

  it("says Meilisearch is unreachable on a timeout", async () => {
    server.use(
      http.post(`${HOST}/indexes/:uid/search`, async () => {
        await delay(1000)
        return HttpResponse.json(SEARCH_RESPONSE)
      }),
    )

    const error = await rejection(search(service({ timeout_ms: 200 })))

    expect(error.message).toMatch(/^Meilisearch is unreachable: /)
    expect(error.message).toMatch(/timed out after 200ms/)
    expect(searchOutage.pendingSince()).toBeInstanceOf(Date)
  })

  it("says Meilisearch is unreachable when a proxy answers for it", async () => {
    server.use(
      http.post(
        `${HOST}/indexes/:uid/search`,
        () => new HttpResponse(null, { status: 503 }),
      ),
    )

    const error = await rejection(search())

    expect(error.message).toMatch(/^Meilisearch is unreachable: HTTP 503/)
  })

  it("keeps the start of an outage for the catch-up rebuild, even once calls succeed", async () => {
    server.use(http.post(`${HOST}/indexes/:uid/search`, () => HttpResponse.error()))
    const provider = service()
    await rejection(search(provider))
    const since = searchOutage.pendingSince()
    await rejection(search(provider))
    expect(searchOutage.pendingSince()).toBe(since)

    server.resetHandlers()
    answerSearch(SEARCH_RESPONSE)
    await search(provider)

    expect(searchOutage.pendingSince()).toBe(since)
  })
})
