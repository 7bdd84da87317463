import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { Client } from "pg"
import { DEMO_SEED_VERSION, PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed-data"
import { GENERATOR_VERSION, VARIANTS_PER_PRODUCT } from "./catalog-data"

const BACKEND_DIR = path.resolve(__dirname, "../..")
const MEDUSA_CLI = path.join(BACKEND_DIR, "node_modules/@medusajs/cli/cli.js")
const run = promisify(execFile)

/** Cached catalogs are named by what made them: a new seed or generator rebuilds them. */
const cacheName = (what: string) =>
  `karya_bench_${what}_s${DEMO_SEED_VERSION}_g${GENERATOR_VERSION}`

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function withDatabase<T>(
  serverUrl: string,
  database: string,
  work: (pg: Client) => Promise<T>,
) {
  const pg = new Client({ connectionString: databaseUrl(serverUrl, database) })
  await pg.connect()
  try {
    return await work(pg)
  } finally {
    await pg.end()
  }
}

const withAdmin = <T>(serverUrl: string, work: (pg: Client) => Promise<T>) =>
  withDatabase(serverUrl, "postgres", work)

async function exists(pg: Client, database: string): Promise<boolean> {
  const { rowCount } = await pg.query("select 1 from pg_database where datname = $1", [
    database,
  ])
  return Boolean(rowCount)
}

/** A fresh database copied from `template` (which nobody may be connected to). */
export async function cloneDatabase(serverUrl: string, template: string, name: string) {
  await withAdmin(serverUrl, async (pg) => {
    await pg.query(`drop database if exists "${name}" with (force)`)
    await pg.query(`create database "${name}" template "${template}"`)
  })
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withAdmin(serverUrl, (pg) =>
    pg.query(`drop database if exists "${name}" with (force)`),
  )
}

async function medusa(serverUrl: string, database: string, args: string[], env = {}) {
  await run(process.execPath, [MEDUSA_CLI, ...args], {
    cwd: BACKEND_DIR,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl(serverUrl, database),
      DISABLE_MEDUSA_ADMIN: "true",
      REDIS_URL: "",
      // The storefront is not running: no revalidation calls to wait for.
      STOREFRONT_URL: "http://127.0.0.1:1",
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  })
}

/**
 * Builds `name` under a temporary name and renames it when complete, so a run
 * interrupted half-way never leaves a catalog that looks finished.
 */
async function build(
  serverUrl: string,
  name: string,
  make: (building: string) => Promise<void>,
) {
  const building = `${name}_building`
  await make(building)
  await withAdmin(serverUrl, (pg) =>
    pg.query(`alter database "${building}" rename to "${name}"`),
  )
}

export type CatalogCounts = {
  products: number
  variants: number
  priced_variants: number
  stocked_variants: number
  batches: number
  workshop_links: number
  /** Products the storefront's publishable key shows. */
  storefront_products: number
}

/** What the catalog holds, counted in SQL from the tables themselves. */
export async function countCatalog(serverUrl: string, name: string) {
  return withDatabase(serverUrl, name, async (pg) => {
    const { rows } = await pg.query<Record<keyof CatalogCounts, string>>(
      `
      select
        (select count(*) from product where deleted_at is null) as products,
        (select count(*) from product_variant where deleted_at is null) as variants,
        (select count(distinct pvps.variant_id) from product_variant_price_set pvps
          join price p on p.price_set_id = pvps.price_set_id and p.currency_code = 'idr'
          where pvps.deleted_at is null and p.deleted_at is null) as priced_variants,
        (select count(distinct pvii.variant_id) from product_variant_inventory_item pvii
          join inventory_level il on il.inventory_item_id = pvii.inventory_item_id
          where pvii.deleted_at is null and il.deleted_at is null
            and il.stocked_quantity > 0) as stocked_variants,
        (select count(*) from production_batch where deleted_at is null) as batches,
        (select count(*) from product_product_provenance_workshop
          where deleted_at is null) as workshop_links,
        (select count(*) from product_sales_channel psc
          join publishable_api_key_sales_channel pk on pk.sales_channel_id = psc.sales_channel_id
          join api_key k on k.id = pk.publishable_key_id and k.title = $1
          where psc.deleted_at is null and pk.deleted_at is null) as storefront_products
    `,
      [PUBLISHABLE_KEY_TITLE],
    )
    return Object.fromEntries(
      Object.entries(rows[0]).map(([key, value]) => [key, Number(value)]),
    ) as CatalogCounts
  })
}

/**
 * Fails loudly when a generated catalog is not what was asked for: every product
 * with its variants, each priced in IDR and stocked, made by a workshop, with a batch,
 * and shown to the storefront.
 */
export function assertCatalog(size: number, demo: CatalogCounts, counts: CatalogCounts) {
  const generated = size - demo.products
  const expected: CatalogCounts = {
    products: size,
    variants: demo.variants + generated * VARIANTS_PER_PRODUCT,
    priced_variants: demo.priced_variants + generated * VARIANTS_PER_PRODUCT,
    stocked_variants: demo.stocked_variants + generated * VARIANTS_PER_PRODUCT,
    batches: demo.batches + generated,
    workshop_links: demo.workshop_links + generated,
    storefront_products: demo.storefront_products + generated,
  }
  const wrong = (Object.keys(expected) as (keyof CatalogCounts)[]).filter(
    // The demo's own stock is topped up (see generate-catalog), so it may only grow.
    (key) =>
      key === "stocked_variants"
        ? counts[key] < expected[key]
        : counts[key] !== expected[key],
  )
  if (wrong.length) {
    throw new Error(
      `The generated catalog of ${size} products is wrong: ${wrong
        .map((key) => `${counts[key]} ${key}, expected ${expected[key]}`)
        .join("; ")}`,
    )
  }
}

/**
 * The database holding a catalog of `size` products, generated on first use
 * and cached on the server: the demo seed (migrated and seeded once, itself
 * cached) copied and grown by generate-catalog.
 */
export async function ensureCatalog(
  serverUrl: string,
  size: number,
  log: (message: string) => void,
): Promise<{ name: string; counts: CatalogCounts; seconds: number | null }> {
  const base = cacheName("demo")
  const name = cacheName(String(size))
  const started = Date.now()
  const [hasBase, hasCatalog] = await withAdmin(serverUrl, (pg) =>
    Promise.all([exists(pg, base), exists(pg, name)]),
  )
  if (!hasCatalog) {
    if (!hasBase) {
      log(`migrating and seeding the demo data into ${base}`)
      await build(serverUrl, base, async (building) => {
        await dropDatabase(serverUrl, building)
        await withAdmin(serverUrl, (pg) => pg.query(`create database "${building}"`))
        await medusa(serverUrl, building, ["db:migrate"])
        await medusa(serverUrl, building, ["exec", "./src/scripts/seed.ts"])
      })
    }
    log(`generating ${name}`)
    await build(serverUrl, name, async (building) => {
      await cloneDatabase(serverUrl, base, building)
      await medusa(
        serverUrl,
        building,
        ["exec", "./bench/store-api/generate-catalog.ts"],
        {
          BENCH_CATALOG_SIZE: String(size),
        },
      )
    })
  }
  // What autovacuum does after a bulk load, and clones inherit: planner statistics,
  // and full-text index entries moved out of the GIN pending list, which search
  // otherwise scans on every query (measured: the facet counts of one word at
  // 10,000 products took 40 ms before, 12 ms after). A server with autovacuum off
  // (as here) never would, and a clone's activity counters start at zero, so
  // neither would one with it on.
  await withDatabase(serverUrl, name, (pg) => pg.query("vacuum analyze"))
  const [demoCounts, counts] = await Promise.all([
    countCatalog(serverUrl, base),
    countCatalog(serverUrl, name),
  ])
  assertCatalog(size, demoCounts, counts)
  return {
    name,
    counts,
    seconds: hasCatalog ? null : Math.round((Date.now() - started) / 1000),
  }
}
