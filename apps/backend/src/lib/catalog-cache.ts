import { createHash } from "node:crypto"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { rowChangeEvents } from "./module-events"

/**
 * `/store/catalog` computes its facets over every listed product, so its cost
 * grows with the catalog (about 0.2 s at 10,000 products). Its answers are kept
 * in Medusa's cache module (in memory, or Redis when the backend is scaled out)
 * under a generation that every change to what the listing shows replaces, so a
 * change is seen by the next request after its event, on every server. Stock is
 * not part of what is kept: each answer reads it afresh.
 */

const GENERATION_KEY = "store-catalog:generation"
// Certificates stop being valid with time, without any event: an answer is kept
// at most this long, so an expired certificate leaves the listing within a minute.
// It also bounds memory: each kept answer cost a full computation, so no more can
// be kept than the server computes in this time, whatever requests it is sent.
const ANSWER_SECONDS = 60
// Far longer than any answer lives: once the generation key expires, the answers
// of the last generation have long expired too.
const GENERATION_SECONDS = 24 * 60 * 60

/**
 * What the listing reads (catalog-query.ts): products and their variants, base
 * prices, categories, workshops and facilities, quality summaries (certificates)
 * and translations. Module services emit one event per changed row. Stock,
 * reservations and batches are not among them, so orders leave the cache alone.
 */
export const CATALOG_EVENTS: string[] = [
  ...rowChangeEvents(
    "product",
    "product-variant",
    "product-category",
    "pricing.price-list",
    "pricing.price-list-rule",
    "pricing.price",
    "pricing.price-rule",
    "provenance.facility",
    "provenance.workshop",
    "quality.product-quality",
    "translation",
  ),
  "LinkProductProductProvenanceWorkshop.attached",
  "LinkProductProductProvenanceWorkshop.detached",
]

const cacheOf = (container: MedusaContainer) =>
  container.resolve<ICacheService>(Modules.CACHE)

/** Makes every kept answer stale. */
export async function expireCatalogAnswers(container: MedusaContainer) {
  const generation = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  await cacheOf(container).set(GENERATION_KEY, generation, GENERATION_SECONDS)
}

/**
 * The kept answer to the same request (everything that shapes the answer goes
 * into `request`), or a fresh one from `compute`, then kept.
 */
export async function keptCatalogAnswer<T>(
  container: MedusaContainer,
  request: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cacheOf(container)
  const generation = (await cache.get<string>(GENERATION_KEY)) ?? "initial"
  const digest = createHash("sha256").update(JSON.stringify(request)).digest("base64url")
  const key = `store-catalog:${generation}:${digest}`
  const kept = await cache.get<T>(key)
  if (kept !== null && kept !== undefined) {
    return kept
  }
  const answer = await compute()
  await cache.set(key, answer, ANSWER_SECONDS)
  return answer
}
