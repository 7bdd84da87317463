import { knex } from "@medusajs/framework/mikro-orm/knex"
import { readCatalogFacts } from "../../src/api/store/catalog/catalog-query"
import { PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed-data"
import { percentiles } from "./load"

export type FactsReading = { readings: number; p50_ms: number; max_ms: number }

/**
 * How long one server takes to read the facts `/store/catalog` chooses from: what
 * the first listing request after a catalog change waits for (src/lib/catalog-cache.ts).
 * Timed in this process against the catalog's database, one reading at a time, as
 * a server reads them once however many requests wait.
 */
export async function timeFactsReading(
  databaseUrl: string,
  readings = 5,
): Promise<FactsReading> {
  const pg = knex({ client: "pg", connection: databaseUrl, pool: { min: 1, max: 2 } })
  try {
    const { rows } = await pg.raw<{ rows: { sales_channel_id: string }[] }>(
      `select pk.sales_channel_id from publishable_api_key_sales_channel pk
       join api_key k on k.id = pk.publishable_key_id
       where k.title = ? and pk.deleted_at is null`,
      [PUBLISHABLE_KEY_TITLE],
    )
    const channels = rows.map((row) => row.sales_channel_id)
    // One untimed reading first, as the server has its connection and plans warm.
    await readCatalogFacts(pg, channels, undefined)
    const durations: number[] = []
    for (let i = 0; i < readings; i++) {
      const begin = performance.now()
      await readCatalogFacts(pg, channels, undefined)
      durations.push(performance.now() - begin)
    }
    return {
      readings,
      p50_ms: percentiles(durations).p50_ms,
      max_ms: Math.round(Math.max(...durations) * 10) / 10,
    }
  } finally {
    await pg.destroy()
  }
}
