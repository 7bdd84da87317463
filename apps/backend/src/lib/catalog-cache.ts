import { createHash } from "node:crypto"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { rowChangeEvents } from "./module-events"

/**
 * `/store/catalog` counts its facets over every listed product. Reading every
 * product's facts (price, categories, certificates, workshop) costs time that grows
 * with the catalog (about 0.3 s at 10,000 products, 1.4 s at 50,000), so each
 * server keeps those facts in its memory, and filtering, sorting and counting them
 * takes milliseconds. Its answers are kept too, in Medusa's cache module (in memory,
 * or Redis when the backend is scaled out). Both are kept under a generation that
 * every change to what the listing shows replaces, so a change is seen by the next
 * request after its event, on every server. Stock is not part of what is kept:
 * each answer reads it afresh.
 */

const GENERATION_KEY = "store-catalog:generation"
// Certificates stop being valid with time, without any event: facts and answers are
// kept at most this long, so an expired certificate leaves the listing within a minute.
// It also bounds memory: no more answers can be kept than the server computes in
// this time, whatever requests it is sent (from kept facts, about a hundred a second
// of some kB each: tens of MB at most; store search keeps its answers here too, and
// computes fewer a second).
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
  const generation = await generationOf(cache)
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

type KeptFacts = {
  generation: string
  readAt: number
  facts: Promise<unknown>
  refreshing?: boolean
}

// This server's facts, by request: a few at most (locales times channel sets), as
// each holds about 1 kB per product (some 50 MB at 50,000 products).
const keptFacts = new Map<string, KeptFacts>()
const MAX_KEPT_FACTS = 4
// Facts this old are read again in the background while requests go on using them,
// so a steady listing never waits for a reading unless the catalog changed.
const REFRESH_AFTER_MS = 45_000

/**
 * The facts this server read for the same request (what shapes them, such as the
 * sales channels and locale) in the current generation, or fresh ones from `read`,
 * then kept in memory. Requests that arrive while they are read wait for the same
 * reading.
 */
export async function keptCatalogFacts<T>(
  container: MedusaContainer,
  request: unknown,
  read: () => Promise<T>,
): Promise<T> {
  const generation = await generationOf(cacheOf(container))
  const key = JSON.stringify(request)
  const kept = keptFacts.get(key)
  const age = kept ? Date.now() - kept.readAt : Infinity
  if (kept?.generation === generation && age < ANSWER_SECONDS * 1000) {
    if (age > REFRESH_AFTER_MS && !kept.refreshing) {
      kept.refreshing = true
      const fresh = readFacts(key, generation, read, false)
      // The kept facts stand until the fresh ones have arrived.
      fresh.facts.then(
        () => keptFacts.get(key) === kept && keepFacts(key, fresh),
        () => (kept.refreshing = false),
      )
    }
    return kept.facts as Promise<T>
  }
  const entry = readFacts(key, generation, read, true)
  keepFacts(key, entry)
  return entry.facts as Promise<T>
}

function readFacts(
  key: string,
  generation: string,
  read: () => Promise<unknown>,
  forgetOnFailure: boolean,
): KeptFacts {
  const entry: KeptFacts = { generation, readAt: Date.now(), facts: read() }
  // A failed reading is not kept: the next request reads again.
  entry.facts.catch(() => {
    if (forgetOnFailure && keptFacts.get(key) === entry) keptFacts.delete(key)
  })
  return entry
}

function keepFacts(key: string, entry: KeptFacts) {
  keptFacts.delete(key)
  keptFacts.set(key, entry)
  if (keptFacts.size > MAX_KEPT_FACTS) {
    keptFacts.delete(keptFacts.keys().next().value!)
  }
}

async function generationOf(cache: ICacheService): Promise<string> {
  return (await cache.get<string>(GENERATION_KEY)) ?? "initial"
}
