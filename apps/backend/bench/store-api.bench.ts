import { execSync } from "node:child_process"
import { cpus, totalmem } from "node:os"
import path from "node:path"
import {
  cloneDatabase,
  databaseUrl,
  dropDatabase,
  ensureCatalog,
} from "./store-api/catalog"
import { timeFactsReading } from "./store-api/catalog-facts"
import type { LoadFigures } from "./store-api/load"
import { writeStoreApiReport, type StoreApiReport } from "./store-api/report"
import { FLAVOURS, readFixtures, scenarios, type Flavour } from "./store-api/scenarios"
import { startServer } from "./store-api/server"

/**
 * The store API of our backend against stock Medusa 2.21.2 (bench/stock-medusa),
 * both production builds, one after the other on copies of the same generated
 * catalog. Writes docs/benchmarks/store-api.json and its section of
 * docs/BENCHMARKS.md. Options (environment):
 *   BENCH_SIZES        catalog sizes, default 1000,10000,50000
 *   BENCH_DURATION     seconds measured per scenario and concurrency, default 8
 *   BENCH_WARMUP       seconds of warm-up before each, default 2
 *   BENCH_CONNECTIONS  concurrent connections, default 1,10,50
 *   BENCH_CARTS        carts made ready for each completion run, default 100
 *   BENCH_BUILD=false  reuse the last builds instead of building both servers first
 * Catalogs are cached as databases on the PostgreSQL server the run uses
 * (DATABASE_URL or DB_HOST...; otherwise a throw-away embedded one).
 */

const numbers = (value: string | undefined, fallback: number[]) =>
  value ? value.split(",").map((part) => Number(part.trim())) : fallback
const SIZES = numbers(process.env.BENCH_SIZES, [1_000, 10_000, 50_000])
const DURATION = Number(process.env.BENCH_DURATION || 8)
const WARMUP = Number(process.env.BENCH_WARMUP || 2)
const CONNECTIONS = numbers(process.env.BENCH_CONNECTIONS, [1, 10, 50])
const CARTS = Number(process.env.BENCH_CARTS || 100)
// Stock Medusa at 50,000 products takes over an hour; its figures can be kept.
const MEASURED = (process.env.BENCH_FLAVOURS || FLAVOURS.join(",")).split(
  ",",
) as Flavour[]
if (MEASURED.some((flavour) => !FLAVOURS.includes(flavour))) {
  throw new Error(
    `BENCH_FLAVOURS: "ours", "stock" or both, not ${process.env.BENCH_FLAVOURS}`,
  )
}
const PORT = 9400

const REPO = path.resolve(__dirname, "../../..")
const SERVER_DIRS: Record<Flavour, string> = {
  ours: path.join(REPO, "apps/backend/.medusa/server"),
  stock: path.join(REPO, "bench/stock-medusa/.medusa/server"),
}

function postgresServer(): string {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  const auth = DB_PASSWORD
    ? `${encodeURIComponent(DB_USERNAME!)}:${encodeURIComponent(DB_PASSWORD)}`
    : encodeURIComponent(DB_USERNAME || "postgres")
  return `postgres://${auth}@${DB_HOST}:${DB_PORT || 5432}/postgres`
}

const log = (message: string) => console.info(`[bench] ${message}`)

it(
  `compares the store API of our backend and stock Medusa over ${SIZES.join(", ")} products`,
  async () => {
    if (process.env.BENCH_BUILD !== "false") {
      log(`building ${MEASURED.join(" and ")}`)
      const packages = { ours: "@karya/backend", stock: "@karya/stock-medusa" }
      const filters = MEASURED.map((flavour) => `--filter ${packages[flavour]}`).join(" ")
      execSync(`pnpm ${filters} build`, {
        cwd: REPO,
        stdio: "ignore",
        env: { ...process.env, DISABLE_MEDUSA_ADMIN: "true" },
      })
    }
    const pgServer = postgresServer()
    const report: StoreApiReport = {
      measured_at: new Date().toISOString(),
      machine: `${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB; client, servers and PostgreSQL share it`,
      load_average_at_start: execSync("cat /proc/loadavg").toString().trim(),
      load_average_at_end: "",
      options: {
        duration_s: DURATION,
        warmup_s: WARMUP,
        connections: CONNECTIONS,
        carts: CARTS,
      },
      sizes: [],
    }
    for (const size of SIZES) {
      const sizeStart = {
        at: new Date().toISOString(),
        load: execSync("cat /proc/loadavg").toString().trim(),
      }
      const catalog = await ensureCatalog(pgServer, size, log)
      log(`catalog ${catalog.name}: ${JSON.stringify(catalog.counts)}`)
      const entry: StoreApiReport["sizes"][number] = {
        products: size,
        counts: catalog.counts,
        measured_at: sizeStart.at,
        load_average: { start: sizeStart.load, end: "" },
        generated_in_s: catalog.seconds,
        servers: {},
      }
      for (const flavour of MEASURED) {
        const copy = `karya_bench_run_${flavour}`
        await cloneDatabase(pgServer, catalog.name, copy)
        const factsReading =
          flavour === "ours"
            ? await timeFactsReading(databaseUrl(pgServer, copy))
            : undefined
        if (factsReading)
          log(`${size} catalog facts reading: ${JSON.stringify(factsReading)}`)
        const server = await startServer({
          serverDir: SERVER_DIRS[flavour],
          databaseUrl: databaseUrl(pgServer, copy),
          port: PORT,
        })
        try {
          const fixtures = await readFixtures(databaseUrl(pgServer, copy), size)
          const results: Record<string, { endpoint: string; levels: LoadFigures[] }> = {}
          for (const scenario of scenarios(flavour, server, fixtures, CARTS)) {
            const levels: LoadFigures[] = []
            for (const connections of CONNECTIONS) {
              await scenario.run(connections, WARMUP, true)
              await server.idle()
              const figures = await scenario.run(connections, DURATION, false)
              await server.idle()
              levels.push({ ...figures, peak_memory_mib: server.peakMemoryMiB() })
              log(
                `${size} ${flavour} ${scenario.name} x${connections}: ${JSON.stringify(figures)}`,
              )
            }
            results[scenario.name] = { endpoint: scenario.endpoint[flavour]!, levels }
          }
          entry.servers[flavour] = {
            startup_memory_note: "peak_memory_mib is VmHWM of the serving process so far",
            peak_memory_mib: server.peakMemoryMiB(),
            facts_reading: factsReading,
            scenarios: results,
          }
        } catch (error) {
          throw new Error(`${flavour} at ${size}: ${error}\n${server.output()}`)
        } finally {
          await server.stop()
          await dropDatabase(pgServer, copy)
        }
      }
      report.load_average_at_end = execSync("cat /proc/loadavg").toString().trim()
      entry.load_average!.end = report.load_average_at_end
      report.sizes.push(entry)
      writeStoreApiReport(report)
    }
  },
  6 * 60 * 60 * 1000,
)
