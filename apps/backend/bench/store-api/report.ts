import { readReport, writeReport } from "../report"
import type { CatalogCounts } from "./catalog"
import type { FactsReading } from "./catalog-facts"
import type { LoadFigures } from "./load"
import { FLAVOURS, type Flavour } from "./scenarios"

export type StoreApiReport = {
  measured_at: string
  machine: string
  load_average_at_start: string
  load_average_at_end: string
  options: { duration_s: number; warmup_s: number; connections: number[]; carts: number }
  sizes: {
    products: number
    /** When this size was measured: a run keeps the sizes it did not measure. */
    measured_at?: string
    load_average?: { start: string; end: string }
    counts: CatalogCounts
    /** Null when the catalog came from the cache. */
    generated_in_s: number | null
    servers: Partial<
      Record<
        Flavour,
        {
          /** Set on a server's figures kept from an earlier run of the same size. */
          measured_at?: string
          startup_memory_note: string
          peak_memory_mib: number
          /** Ours: reading the facts /store/catalog chooses from. */
          facts_reading?: FactsReading
          scenarios: Record<string, { endpoint: string; levels: LoadFigures[] }>
        }
      >
    >
  }[]
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b ? (a / b).toFixed(2) : "–"
const cell = (value: number | undefined) => (value === undefined ? "–" : String(value))
// Fewer answers than connections: the server had not answered most requests when time was up.
const latency = (f: LoadFigures | undefined) =>
  !f
    ? "–"
    : f.iterations < f.connections
      ? `saturated (${f.iterations} answers)`
      : `${f.p50_ms} / ${f.p95_ms} / ${f.p99_ms}`

function sizeTable(size: StoreApiReport["sizes"][number]): string[] {
  const { ours, stock } = size.servers
  const names = [
    ...new Set([
      ...Object.keys(ours?.scenarios ?? {}),
      ...Object.keys(stock?.scenarios ?? {}),
    ]),
  ]
  const rows = names.flatMap((name) => {
    const o = ours?.scenarios[name]
    const s = stock?.scenarios[name]
    const levels = (o ?? s)!.levels.map((level) => level.connections)
    return levels.map((connections) => {
      const a = o?.levels.find((l) => l.connections === connections)
      const b = s?.levels.find((l) => l.connections === connections)
      return `| ${name} | ${connections} | ${cell(a?.per_second)} | ${cell(b?.per_second)} | ${ratio(a?.per_second, b?.per_second)} | ${latency(a)} | ${latency(b)} | ${ratio(a?.p95_ms, b?.p95_ms)} | ${cell(a?.errors)} / ${cell(b?.errors)} | ${cell(a?.peak_memory_mib)} / ${cell(b?.peak_memory_mib)} |`
    })
  })
  const endpoints = names.map((name) => {
    const o = ours?.scenarios[name]?.endpoint
    const s = stock?.scenarios[name]?.endpoint
    return `- **${name}**: ours \`${o ?? "not measured"}\`; stock \`${s ?? "not measured"}\``
  })
  const { counts } = size
  return [
    `### ${size.products.toLocaleString("en")} products`,
    "",
    measuredLine(size),
    "",
    `Catalog: ${counts.products} products, ${counts.variants} variants (${counts.priced_variants} priced in IDR, ${counts.stocked_variants} stocked), ${counts.batches} production batches, ${counts.workshop_links} product-workshop links; ${size.generated_in_s === null ? "cloned from the cached database" : `generated in ${size.generated_in_s} s`}. Peak memory of the whole run: ours ${cell(ours?.peak_memory_mib)} MiB, stock ${cell(stock?.peak_memory_mib)} MiB.`,
    ...(ours?.facts_reading
      ? [
          "",
          `Reading the facts \`/store/catalog\` chooses from (ours; a server reads them after each change to the catalog, and again in the background every 45 s): p50 ${ours.facts_reading.p50_ms} ms, slowest ${ours.facts_reading.max_ms} ms over ${ours.facts_reading.readings} readings.`,
        ]
      : []),
    "",
    "| scenario | conn. | ours req/s | stock req/s | req/s ours/stock | ours p50 / p95 / p99 ms | stock p50 / p95 / p99 ms | p95 ours/stock | errors ours / stock | peak MiB ours / stock |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "Requests per scenario:",
    "",
    ...endpoints,
  ]
}

/** Ours, per scenario and concurrency: p95 at each size, and the largest against the smallest. */
function growth(report: StoreApiReport): string[] {
  if (report.sizes.length < 2) {
    return []
  }
  const first = report.sizes[0]
  const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n))
  const names = Object.keys(first.servers.ours?.scenarios ?? {})
  return [
    `### Ours: p95 growth ${report.sizes.map((size) => label(size.products)).join(" → ")}`,
    "",
    `| scenario | ${report.options.connections.map((c) => `${c} conn.`).join(" | ")} |`,
    `|---|${report.options.connections.map(() => "---").join("|")}|`,
    ...names.map((name) => {
      const cells = report.options.connections.map((c) => {
        // A saturated run has no meaningful p95 (see the size tables).
        const p95s = report.sizes.map((size) => {
          const level = size.servers.ours?.scenarios[name]?.levels.find(
            (l) => l.connections === c,
          )
          return level && level.iterations < level.connections ? null : level?.p95_ms
        })
        const [a, b] = [p95s[0], p95s[p95s.length - 1]]
        const shown = p95s.map((p95) => (p95 === null ? "saturated" : `${cell(p95)} ms`))
        return a === undefined || b === undefined
          ? "–"
          : `${shown.join(" → ")}${a && b ? ` (×${ratio(b, a)})` : ""}`
      })
      return `| ${name} | ${cells.join(" | ")} |`
    }),
    "",
  ]
}

const sameOptions = (a: StoreApiReport["options"], b: StoreApiReport["options"]) =>
  JSON.stringify(a) === JSON.stringify(b)

/**
 * The run's sizes, plus those of the last report (measured with the same options)
 * that this run did not measure, smallest first: a long run of one size (50k)
 * does not have to repeat the others to keep the comparison. Likewise a size the
 * run measured for one server only (`BENCH_FLAVOURS`) keeps the other's figures.
 */
function withEarlierSizes(
  report: StoreApiReport,
  earlier: StoreApiReport | null,
): StoreApiReport {
  if (!earlier || !sameOptions(earlier.options, report.options)) {
    return report
  }
  const measured = new Set(report.sizes.map((size) => size.products))
  const completed = report.sizes.map((size) => {
    const before = earlier.sizes.find((e) => e.products === size.products)
    const servers = { ...size.servers }
    for (const flavour of FLAVOURS) {
      const keptServer = before?.servers[flavour]
      if (!servers[flavour] && keptServer) {
        servers[flavour] = {
          ...keptServer,
          measured_at:
            keptServer.measured_at ?? before.measured_at ?? earlier.measured_at,
        }
      }
    }
    return { ...size, servers }
  })
  const kept = earlier.sizes
    .filter((size) => !measured.has(size.products))
    .map((size) => ({
      ...size,
      measured_at: size.measured_at ?? earlier.measured_at,
      load_average: size.load_average ?? {
        start: earlier.load_average_at_start,
        end: earlier.load_average_at_end,
      },
    }))
  return {
    ...report,
    sizes: [...completed, ...kept].sort((a, b) => a.products - b.products),
  }
}

function measuredLine(size: StoreApiReport["sizes"][number]): string {
  const keptFrom = FLAVOURS.filter((flavour) => size.servers[flavour]?.measured_at)
    .map(
      (flavour) =>
        ` The ${flavour} figures are kept from ${size.servers[flavour]!.measured_at}.`,
    )
    .join("")
  return size.measured_at && size.load_average
    ? `Measured ${size.measured_at}; load average when this size began: ${size.load_average.start}; at its end: ${size.load_average.end}.${keptFrom}`
    : ""
}

export function writeStoreApiReport(run: StoreApiReport) {
  const report = withEarlierSizes(run, readReport<StoreApiReport>("store-api"))
  const sizes = report.sizes.map((size) => size.products).join(",")
  writeReport(
    "store-api",
    report,
    [
      "## Store API: our backend against stock Medusa 2.21.2",
      "",
      `Last run ${report.measured_at} on ${report.machine}. Load average (1, 5, 15 min) when the run began: ${report.load_average_at_start}; at the end: ${report.load_average_at_end}. Above 2, other work shared the two cores and every figure is lower than on a quiet machine.`,
      "A run measures the sizes `BENCH_SIZES` names and keeps the other sizes of the last report",
      "when it was run with the same options; each size below says when it was measured.",
      "",
      "Both are production builds (`medusa build`, then `medusa start` with `NODE_ENV=production`,",
      "one process in shared worker mode, no Redis), started one after the other on copies of the",
      "same generated catalog: the demo seed plus generated products (3 variants each, IDR prices,",
      "stock at the workshop's facility, one production batch, the workshop link and a quality",
      "summary), the same for the same seed. Stock Medusa (`bench/stock-medusa`) has no custom",
      "module and ignores our tables.",
      `Each scenario runs ${report.options.warmup_s} s of warm-up, then ${report.options.duration_s} s measured, at each of ${report.options.connections.join(", ")} connections. GETs are`,
      "driven by autocannon 9 (paths rotated where a scenario has many, p95 computed from every",
      "response time); the cart scenarios by the suite's own loop of `fetch` calls, where one sample",
      "is a whole chain (create a cart, then add an item), one added item (to a cart made untimed just",
      "before; its req/s counts that preparation's time too) or one completion of a cart made ready",
      `beforehand (${report.options.carts} per concurrency level, each completed once). Carts buy crafts`,
      "in turn from up to 200 products spread over the catalog (stock topped up to 1,000,000, shipped",
      "by pickup), so concurrent completions rarely want the same product; the loop lets what is in",
      "flight at the deadline finish and divides by the time that took. Latency in milliseconds; errors are",
      "non-2xx answers, socket errors and timeouts (30 s); peak memory is the serving process's VmHWM",
      "so far. Between runs the suite waits until the server's CPU is idle and no query of it is",
      "running, so requests the load tool abandoned at the end of a run do not slow the next one.",
      "**saturated (n answers)**: fewer answers than connections came back within the measured",
      "seconds; requests took longer than the run, and percentiles of the few that did would mislead.",
      "",
      "Read with care: the **list by category** row compares different endpoints (ours is the",
      "storefront's `/store/catalog` with a facility filter, facets and counts; stock lists",
      "`/store/products` by `category_id`). Ours keeps each `/store/catalog` answer until something it",
      "lists changes (`src/lib/catalog-cache.ts`), so that row, one request repeated, measures kept",
      "answers; **never kept before** asks with a different price ceiling each time, so every answer is",
      "chosen afresh from the facts the server keeps in memory (their reading is timed apart, in each",
      "size's section). So does **search** compare different endpoints (ours `/store/search` with facets and",
      "spelling correction; stock `q=` on `/store/products`). Ours keeps search answers too, until the",
      "search index is written again, so **search** (six words in turn) measures kept answers and",
      "**search, never kept before** computes each one afresh: it adds a different price ceiling each time,",
      "which also makes the price facet a count of its own (more work than the plain search).",
      "**batch provenance** exists only in ours,",
      "and the **select 1** floor only in stock. Completion pays by bank transfer in ours",
      "(`pp_transfer_bank`) and by Medusa's system provider in stock. Client, servers and",
      "PostgreSQL share the same cores, so figures are lower bounds of what the server alone does.",
      "",
      `Reproduce: \`DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_SIZES=${sizes} pnpm bench\``,
      "(both suites) or `pnpm --filter @karya/backend bench store-api` (this one). Options:",
      "`BENCH_SIZES`, `BENCH_DURATION`, `BENCH_WARMUP`, `BENCH_CONNECTIONS`, `BENCH_CARTS`,",
      "`BENCH_FLAVOURS=ours` (or `stock`) to measure one server and keep the other's last figures,",
      "`BENCH_BUILD=false` to reuse the builds; generated catalogs are kept as databases",
      "`karya_bench_<size>_s<seed version>_g<generator version>` and cloned in seconds on the next run.",
      "",
      ...growth(report),
      ...report.sizes.flatMap((size) => [...sizeTable(size), ""]),
    ].join("\n"),
  )
}
