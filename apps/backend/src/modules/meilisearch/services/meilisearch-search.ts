import type {
  ProviderSearchQuery,
  ResolvedSearchIndexDefinition,
  SearchDeleteDocumentsInput,
  SearchDocument,
  SearchFilters,
  SearchIndexInfo,
  SearchResult,
  SearchTask,
} from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  EnqueuedTask,
  IndexObject,
  Meilisearch,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import { translateClientError } from "../errors"
import { readSchema, toStoredDocument } from "../fields"
import { compileFilter } from "../filters"
import { searchOutage } from "../../../lib/search-outage"
import { buildIndexSettings } from "../index-settings"
import {
  PROVIDER,
  planSearch,
  type MeilisearchSearchResponse,
  type SearchPlan,
} from "../search-request"
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from "../../../lib/search-synonyms"

export type MeilisearchOptions = {
  /** Meilisearch's URL, e.g. `http://127.0.0.1:7700` (MEILISEARCH_HOST). */
  host: string
  /** An API key allowed to manage indexes and documents (MEILISEARCH_API_KEY). */
  api_key?: string
  /** How long one HTTP request may take before Meilisearch counts as unreachable. */
  timeout_ms?: number
  /** Replace the Indonesian synonyms of `src/lib/search-synonyms.ts`. */
  synonyms?: Record<string, string[]>
  /** Replace the Indonesian stop words of `src/lib/search-synonyms.ts`. */
  stop_words?: string[]
}

const DEFAULT_TIMEOUT_MS = 3000
// Seeding waits on these; a large batch can take Meilisearch a while to index.
const DEFAULT_TASK_WAIT_MS = 120_000
const TASK_POLL_INTERVAL_MS = 100
const INDEX_PAGE_SIZE = 100

function invalidOptions(message: string): never {
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `Meilisearch search provider: ${message}`,
  )
}

function isIndexNotFound(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === "MeilisearchApiError" &&
    (error.cause as { code?: string } | undefined)?.code === "index_not_found"
  )
}

/** The ids of a delete that only names primary keys, which Meilisearch deletes fastest. */
function primaryKeyValues(
  filters: SearchFilters,
  primaryKey: string | undefined,
): (string | number)[] | null {
  const keys = Object.keys(filters).filter(
    (key) => key !== "q" && filters[key] !== undefined,
  )
  // `id` always holds the primary key's value (see SearchDocument).
  if (keys.length !== 1 || (keys[0] !== "id" && keys[0] !== primaryKey)) {
    return null
  }
  const isId = (value: unknown): value is string | number =>
    typeof value === "string" || typeof value === "number"
  const value = filters[keys[0]] as unknown
  const operators = value && typeof value === "object" ? Object.keys(value) : []
  const candidate =
    operators.length === 1 && operators[0] === "$in"
      ? (value as { $in: unknown }).$in
      : operators.length === 1 && operators[0] === "$eq"
        ? [(value as { $eq: unknown }).$eq]
        : Array.isArray(value)
          ? value
          : [value]
  return Array.isArray(candidate) && candidate.every(isId) ? candidate : null
}

function toSearchTask(task: Task, index: string): SearchTask {
  const base = { id: String(task.uid), index: task.indexUid ?? index }
  switch (task.status) {
    case "succeeded":
      return { ...base, status: "succeeded" }
    case "failed":
      return {
        ...base,
        status: "failed",
        error: {
          message: task.error?.message ?? `Meilisearch task ${task.uid} failed`,
          code: task.error?.code,
        },
      }
    case "canceled":
      return {
        ...base,
        status: "failed",
        error: {
          message: `Meilisearch task ${task.uid} was canceled`,
          code: "task_canceled",
        },
      }
    default:
      return { ...base, status: task.status }
  }
}

function enqueued(task: EnqueuedTask, index: string): SearchTask {
  return { id: String(task.taskUid), index, status: "enqueued" }
}

/**
 * Medusa Search Module provider backed by Meilisearch. Writes are enqueued by
 * Meilisearch and applied in order per index; `waitForTask` lets the module wait
 * for a seed to land before it swaps versions.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = PROVIDER

  private readonly options_: MeilisearchOptions
  private client_?: Promise<Meilisearch>
  /**
   * Definitions by physical index, learnt from writes: a delete only names the
   * index, yet needs the primary key and the date fields.
   */
  private readonly definitions_ = new Map<string, ResolvedSearchIndexDefinition>()

  static validateOptions(options: Record<string, unknown>): void {
    const { host, api_key, timeout_ms, synonyms, stop_words } = options ?? {}
    if (typeof host !== "string" || !host.trim()) {
      invalidOptions(
        "`host` is required (set MEILISEARCH_HOST, e.g. http://127.0.0.1:7700)",
      )
    }
    let url: URL | undefined
    try {
      url = new URL(host)
    } catch {
      url = undefined
    }
    if (!url || !["http:", "https:"].includes(url.protocol)) {
      invalidOptions(`\`host\` must be an http(s) URL, got "${host}"`)
    }
    if (api_key !== undefined && typeof api_key !== "string") {
      invalidOptions("`api_key` must be a string")
    }
    if (
      timeout_ms !== undefined &&
      !(typeof timeout_ms === "number" && Number.isFinite(timeout_ms) && timeout_ms > 0)
    ) {
      invalidOptions("`timeout_ms` must be a positive number of milliseconds")
    }
    const isStringList = (value: unknown) =>
      Array.isArray(value) && value.every((item) => typeof item === "string")
    if (
      synonyms !== undefined &&
      (typeof synonyms !== "object" ||
        synonyms === null ||
        !Object.values(synonyms).every(isStringList))
    ) {
      invalidOptions("`synonyms` must map each word to a list of words")
    }
    if (stop_words !== undefined && !isStringList(stop_words)) {
      invalidOptions("`stop_words` must be a list of words")
    }
  }

  constructor(_container: Record<string, unknown>, options: MeilisearchOptions) {
    super()
    // Medusa validates through the static method; direct construction is checked too.
    MeilisearchSearchService.validateOptions(options)
    this.options_ = options
  }

  /** The client is ESM-only, so it is loaded on first use rather than required. */
  private client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch: Client }) =>
        new Client({
          host: this.options_.host,
          apiKey: this.options_.api_key,
          timeout: this.options_.timeout_ms ?? DEFAULT_TIMEOUT_MS,
        }),
    )
    return this.client_
  }

  /** Every call goes through here: errors are translated and outages recorded. */
  private async call<T>(request: (client: Meilisearch) => Promise<T>): Promise<T> {
    const client = await this.client()
    let result: T
    try {
      result = await request(client)
    } catch (error) {
      throw translateClientError(error, searchOutage)
    }
    return result
  }

  /** Waits for a task this provider needs applied before it can go on. */
  private async settle(task: EnqueuedTask, index: string, what: string): Promise<Task> {
    const done = await this.call((client) =>
      client.tasks.waitForTask(task.taskUid, {
        timeout: DEFAULT_TASK_WAIT_MS,
        interval: TASK_POLL_INTERVAL_MS,
      }),
    )
    if (done.status !== "succeeded") {
      const code = done.error?.code ?? done.status
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Meilisearch could not ${what} of index "${index}" (${code}): ${
          done.error?.message ?? `task ${done.uid} ${done.status}`
        }`,
        code,
      )
    }
    return done
  }

  async upsertIndex({
    index,
  }: {
    index: ResolvedSearchIndexDefinition
  }): Promise<SearchTask> {
    const uid = index.physical_name
    // Built before any request, so a definition Meilisearch cannot hold changes nothing.
    const schema = readSchema(index)
    const settings = buildIndexSettings(index, schema, {
      synonyms: this.options_.synonyms ?? SEARCH_SYNONYMS,
      stopWords: this.options_.stop_words ?? [...SEARCH_STOP_WORDS],
    })

    const existing = await this.call(async (client): Promise<IndexObject | null> => {
      try {
        return await client.getRawIndex(uid)
      } catch (error) {
        if (isIndexNotFound(error)) {
          return null
        }
        throw error
      }
    })
    if (!existing) {
      const created = await this.call((client) =>
        client.createIndex(uid, { primaryKey: index.primary_key }),
      )
      await this.settle(created, uid, "create the index")
    } else if (existing.primaryKey !== index.primary_key) {
      // Meilisearch refuses this once the index holds documents, which is the right call.
      const updated = await this.call((client) =>
        client.updateIndex(uid, { primaryKey: index.primary_key }),
      )
      await this.settle(updated, uid, "change the primary key")
    }

    const settingsTask = await this.call((client) =>
      client.index(uid).updateSettings(settings),
    )
    const applied = await this.settle(settingsTask, uid, "apply the settings")
    this.definitions_.set(uid, index)
    return toSearchTask(applied, uid)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call((client) => client.deleteIndex(index))
    this.definitions_.delete(index)
    return enqueued(task, index)
  }

  async listIndexes(): Promise<SearchIndexInfo[]> {
    const { indexes, stats } = await this.call(async (client) => {
      const indexes: IndexObject[] = []
      for (let offset = 0; ; offset += INDEX_PAGE_SIZE) {
        const page = await client.getRawIndexes({ offset, limit: INDEX_PAGE_SIZE })
        indexes.push(...page.results)
        if (!page.results.length || indexes.length >= page.total) {
          break
        }
      }
      return { indexes, stats: await client.getStats() }
    })
    return indexes.map((index) => ({
      name: index.uid,
      provider: PROVIDER,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: ResolvedSearchIndexDefinition
    documents: SearchDocument[]
  }): Promise<SearchTask> {
    this.definitions_.set(index, definition)
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    const schema = readSchema(definition)
    const stored = documents.map((document) => toStoredDocument(document, schema))
    const task = await this.call((client) => client.index(index).addDocuments(stored))
    return enqueued(task, index)
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchDeleteDocumentsInput): Promise<SearchTask> {
    const definition = this.definitions_.get(index)
    const ids = primaryKeyValues(filters, definition?.primary_key)
    if (ids && !ids.length) {
      return { index, status: "succeeded" }
    }
    if (ids) {
      const task = await this.call((client) =>
        client.index(index).deleteDocuments(ids as string[]),
      )
      return enqueued(task, index)
    }
    const filter = compileFilter(filters, {
      dateFields: definition ? readSchema(definition).dateFields : undefined,
    })
    if (!filter) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Refusing to delete from search index "${index}" without a filter; clear the index instead`,
      )
    }
    const task = await this.call((client) =>
      client.index(index).deleteDocuments({ filter }),
    )
    return enqueued(task, index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call((client) => client.index(index).deleteAllDocuments())
    return enqueued(task, index)
  }

  async waitForTask(
    task: SearchTask,
    options?: { timeout_ms?: number },
  ): Promise<SearchTask> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") {
      return task
    }
    const uid = Number(task.id)
    const done = await this.call((client) =>
      client.tasks.waitForTask(uid, {
        timeout: options?.timeout_ms ?? DEFAULT_TASK_WAIT_MS,
        interval: TASK_POLL_INTERVAL_MS,
      }),
    )
    return toSearchTask(done, task.index ?? done.indexUid ?? "")
  }

  async search(input: ProviderSearchQuery): Promise<SearchResult> {
    const plan = planSearch(input)
    if (plan.counts.length) {
      return (await this.runPlans([plan]))[0]
    }
    const { indexUid, q, ...params } = plan.query
    const response = await this.call(
      (client) =>
        client.index(indexUid).search(q, params) as Promise<MeilisearchSearchResponse>,
    )
    return plan.toResult(response, [])
  }

  async searchMany(inputs: ProviderSearchQuery[]): Promise<SearchResult[]> {
    return inputs.length ? await this.runPlans(inputs.map(planSearch)) : []
  }

  /** Every query of every plan, counts included, in one multi-search round trip. */
  private async runPlans(plans: SearchPlan[]): Promise<SearchResult[]> {
    const queries = plans.flatMap((plan) => [plan.query, ...plan.counts])
    const { results } = await this.call((client) => client.multiSearch({ queries }))
    const responses = results as unknown as MeilisearchSearchResponse[]
    let position = 0
    return plans.map((plan) => {
      const main = responses[position]
      const counts = responses.slice(position + 1, position + 1 + plan.counts.length)
      position += 1 + plan.counts.length
      return plan.toResult(main, counts)
    })
  }
}

export default MeilisearchSearchService
