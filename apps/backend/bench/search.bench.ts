import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { synonymAliases } from "../src/lib/search-synonyms"
import type { ProductSearchDocument } from "../src/search/_product-documents"
import { seedDemoData } from "../src/scripts/seed"
import { CATEGORIES, FACILITIES, WORKSHOPS } from "../src/scripts/seed-data"
import { migrateAndSeedSearch } from "../integration-tests/utils/search"
import { FLAVOURS, KINDS, MATERIALS, PLACES, random } from "./catalog-words"
import { writeReport } from "./report"

/**
 * Product search latency over a 10,000-product index on the default engine
 * (PostgreSQL): the demo catalog plus generated products, queried through
 * GET /store/search as a buyer would. Writes docs/benchmarks/search.json and
 * the search section of docs/BENCHMARKS.md.
 *
 * Requests are sent from the test process to the server it boots, one at a time
 * (latency) and ten at a time (throughput on 2 cores); both share one machine,
 * so the figures are an upper bound of what the server alone needs.
 */

const PRODUCTS = 10_000
const WARMUP = 20
const SEQUENTIAL = 200
const CONCURRENT_REQUESTS = 400
const CONCURRENCY = 10

const SCENARIOS: { name: string; query: string }[] = [
  { name: "browse with facets (no text)", query: "" },
  { name: "one word", query: "q=keripik" },
  { name: "half-typed word", query: "q=kurs" },
  { name: "two words + category", query: "q=kursi%20jati&category=hasil-bengkel-kerja" },
  { name: "misspelt word (close-spelling pass)", query: "q=keripk" },
  {
    name: "filters + price sort, page 3",
    query: "halal=true&in_stock=true&sort=price_asc&page=3",
  },
]

function generatedProducts(
  count: number,
  salesChannelId: string,
): ProductSearchDocument[] {
  const next = random(20261130)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  return Array.from({ length: count }, (_, i) => {
    const category = pick(CATEGORIES)
    const food = category.handle === "kuliner-olahan"
    const kind = pick(KINDS[category.handle])
    const variety = food ? pick(FLAVOURS) : pick(MATERIALS)
    const title = `${kind} ${variety} ${pick(PLACES)} ${i + 1}`
    const workshop = pick(WORKSHOPS)
    const facility = FACILITIES.find((f) => f.handle === workshop.facility)!
    const certifications = food
      ? ["pirt", ...(next() < 0.6 ? ["halal"] : [])].sort()
      : next() < 0.1
        ? ["sni"]
        : []
    const tags = [kind.toLowerCase().split(" ")[0], variety.toLowerCase()]
    return {
      id: `prod_bench_${String(i).padStart(6, "0")}`,
      handle: `bench-${i}`,
      title,
      subtitle: "",
      description: `${kind} ${variety.toLowerCase()} buatan ${workshop.name}, dikerjakan dengan teliti di bengkel kerja ${facility.name}.`,
      thumbnail: "",
      status: "published",
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      price: 10_000 + Math.floor(next() * 300) * 5_000,
      has_price: true,
      category_handle: category.handle,
      category_name: category.name,
      category_handles: [category.handle],
      category_names: [category.name],
      tags,
      workshop_handle: workshop.handle,
      workshop_name: workshop.name,
      facility_handle: facility.handle,
      facility_name: facility.name,
      certifications,
      halal: certifications.includes("halal"),
      in_stock: next() < 0.9,
      sales_channel_ids: [salesChannelId],
      aliases: synonymAliases(title, ...tags, category.name),
    }
  })
}

type Figures = { p50: number; p95: number; p99: number; mean: number; requests: number }

function figures(durations: number[]): Figures {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const round = (ms: number) => Math.round(ms * 10) / 10
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    requests: sorted.length,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it(`measures GET /store/search over ${PRODUCTS.toLocaleString("en")} products`, async () => {
      const container = getContainer()
      const { publishableKey } = await seedDemoData(container)
      await migrateAndSeedSearch(container)
      const headers = { headers: { "x-publishable-api-key": publishableKey } }

      const searchModule = container.resolve(Modules.SEARCH)
      // The storefront's sales channel, as the demo products in the index carry it.
      const demo = await searchModule.search<ProductSearchDocument>({
        entity: "product",
        pagination: { take: 1 },
        search_options: { count: "exact" },
      })
      const [channel] = demo.hits[0].document.sales_channel_ids
      const documents = generatedProducts(PRODUCTS - demo.metadata.count!, channel)
      for (let i = 0; i < documents.length; i += 500) {
        await searchModule.upsertDocuments({
          index: "product",
          documents: documents.slice(i, i + 500),
        })
      }
      // What autovacuum does after a bulk load; a server with it off (as in CI)
      // would otherwise plan every search without statistics and scan the GIN
      // pending list of every new document on each search.
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw("vacuum analyze")
      const total = (await api.get("/store/search?limit=1", headers)).data.total
      expect(total).toEqual(PRODUCTS)

      // Answers are kept until the index changes (store/search/route.ts); moving
      // its mark first, untimed, makes every request a search computed afresh.
      const time = async (url: string) => {
        await pg.raw("update search_postgres_index set updated_at = clock_timestamp()")
        const start = performance.now()
        const response = await api.get(url, headers)
        expect(response.status).toEqual(200)
        return performance.now() - start
      }

      const results = []
      for (const scenario of SCENARIOS) {
        const url = `/store/search?${scenario.query}`
        for (let i = 0; i < WARMUP; i++) await time(url)
        const sequential: number[] = []
        for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await time(url))

        const concurrent: number[] = []
        let sent = 0
        const started = performance.now()
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (sent++ < CONCURRENT_REQUESTS) concurrent.push(await time(url))
          }),
        )
        const seconds = (performance.now() - started) / 1000
        const { data } = await api.get(url, headers)
        results.push({
          ...scenario,
          hits: data.total,
          one_connection: figures(sequential),
          ten_connections: {
            ...figures(concurrent),
            requests_per_second: Math.round(concurrent.length / seconds),
          },
        })
      }

      writeSearchReport({
        measured_at: new Date().toISOString(),
        products: total,
        engine: "search-postgres",
        machine: "2 cores, 24 GiB; PostgreSQL 18 (embedded) or the server DB_HOST names",
        scenarios: results,
      })
    })
  },
})

type Report = {
  measured_at: string
  products: number
  engine: string
  machine: string
  scenarios: {
    name: string
    query: string
    hits: number
    one_connection: Figures
    ten_connections: Figures & { requests_per_second: number }
  }[]
}

function writeSearchReport(report: Report) {
  const rows = report.scenarios.map(
    (s) =>
      `| ${s.name} | \`${s.query || "(none)"}\` | ${s.hits.toLocaleString("en")} | ${s.one_connection.p50} | ${s.one_connection.p95} | ${s.one_connection.p99} | ${s.ten_connections.p50} | ${s.ten_connections.p95} | ${s.ten_connections.requests_per_second} |`,
  )
  writeReport(
    "search",
    report,
    [
      `## Search: GET /store/search over ${report.products.toLocaleString("en")} products (${report.engine})`,
      "",
      `Measured ${report.measured_at} on ${report.machine}. Latency in milliseconds, from the`,
      "request leaving the client to the full answer (hits, exact total and every facet),",
      "computed afresh: the server keeps answers until the index changes, and the suite marks",
      "it changed before each request (a repeated search answered from what was kept is in",
      "the store API section's **search** row).",
      `One connection: ${SEQUENTIAL} requests after ${WARMUP} warm-up requests; ten`,
      `connections: ${CONCURRENT_REQUESTS} requests. Client and server share the machine's two cores.`,
      `Run alone: \`pnpm --filter @karya/backend bench search\`.`,
      "",
      "| scenario | query | hits | p50 | p95 | p99 | p50 (10 conn.) | p95 (10 conn.) | req/s (10 conn.) |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  )
}
