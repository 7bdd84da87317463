import type {
  ResolvedSearchIndexDefinition,
  SearchFieldDefinition,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type FieldEntry = { path: string; field: SearchFieldDefinition }

/** What this provider needs to know about an index, read once from its definition. */
export type IndexSchema = {
  name: string
  primaryKey: string
  fields: Map<string, SearchFieldDefinition>
  /** Searchable paths, most important first: Meilisearch ranks by attribute order. */
  searchable: string[]
  /** Stored as epoch milliseconds, since Meilisearch only compares numbers. */
  dateFields: Set<string>
  /** Vector paths and the embedder whose `_vectors` entry holds them. */
  vectorFields: Map<string, { embedder: string; embed: boolean }>
}

const NUMERIC_TYPES = new Set(["integer", "float", "date"])

function reject(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The leaf fields of a definition, nested objects spelled as dotted paths. */
export function flattenFields(
  fields: Record<string, SearchFieldDefinition>,
  prefix = "",
): FieldEntry[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = `${prefix}${name}`
    return field.type === "object" && field.fields
      ? flattenFields(field.fields, `${path}.`)
      : [{ path, field }]
  })
}

export function isSearchable(field: SearchFieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

export function isFacetable(field: SearchFieldDefinition): boolean {
  return field.facetable === true || typeof field.facetable === "object"
}

export function isRetrievable(field: SearchFieldDefinition): boolean {
  return field.retrievable ?? field.type !== "vector"
}

export function isNumeric(field: SearchFieldDefinition): boolean {
  return NUMERIC_TYPES.has(field.type)
}

function searchWeight(field: SearchFieldDefinition): number {
  return typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
}

function embedderOf(
  definition: ResolvedSearchIndexDefinition,
  { path, field }: FieldEntry,
): { embedder: string; embed: boolean } {
  const embedder = field.provider_options?.meilisearch?.embedder
  const declared = definition.settings.provider_options?.meilisearch?.embedders as
    | Record<string, unknown>
    | undefined
  if (typeof embedder !== "string" || !declared?.[embedder]) {
    reject(
      `Vector field "${path}" of search index "${definition.name}" needs a Meilisearch embedder: ` +
        `name it in the field's provider_options.meilisearch.embedder and declare it in ` +
        `settings.provider_options.meilisearch.embedders`,
    )
  }
  if (path.includes(".")) {
    reject(
      `Vector field "${path}" of search index "${definition.name}" must be top-level: ` +
        `Meilisearch keeps one embedding per embedder per document`,
    )
  }
  return { embedder, embed: field.embed === true }
}

/**
 * Reads and checks a definition. Throws for what Meilisearch cannot hold, so the
 * error surfaces at startup, when `upsertIndex` runs.
 */
export function readSchema(definition: ResolvedSearchIndexDefinition): IndexSchema {
  const entries = flattenFields(definition.fields)
  const vectorFields = new Map<string, { embedder: string; embed: boolean }>()
  for (const entry of entries) {
    if (entry.field.type === "geo" && entry.path !== "_geo") {
      reject(
        `Geo field "${entry.path}" of search index "${definition.name}" must be named "_geo": ` +
          `Meilisearch only filters and sorts by location on that field`,
      )
    }
    if (entry.field.type === "vector") {
      vectorFields.set(entry.path, embedderOf(definition, entry))
    }
  }
  const searchable = entries
    .filter(({ field }) => field.type !== "vector" && isSearchable(field))
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => searchWeight(b.field) - searchWeight(a.field) || a.order - b.order)
    .map(({ path }) => path)
  return {
    name: definition.name,
    primaryKey: definition.primary_key,
    fields: new Map(entries.map(({ path, field }) => [path, field])),
    searchable,
    dateFields: new Set(
      entries.filter(({ field }) => field.type === "date").map(({ path }) => path),
    ),
    vectorFields,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Replaces the value at a dotted path, walking through arrays of objects on the way. */
function mapAtPath(
  target: unknown,
  segments: string[],
  map: (value: unknown) => unknown,
): void {
  if (Array.isArray(target)) {
    target.forEach((item) => mapAtPath(item, segments, map))
    return
  }
  if (!isRecord(target)) {
    return
  }
  const [head, ...rest] = segments
  if (!(head in target)) {
    return
  }
  if (rest.length) {
    mapAtPath(target[head], rest, map)
    return
  }
  const value = target[head]
  target[head] = Array.isArray(value) ? value.map(map) : map(value)
}

export function readPath(document: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (value, segment) => (isRecord(value) ? value[segment] : undefined),
      document,
    )
}

function toEpochMs(path: string) {
  return (value: unknown): unknown => {
    if (value instanceof Date) {
      return value.getTime()
    }
    if (typeof value === "string") {
      const time = Date.parse(value)
      return Number.isNaN(time)
        ? reject(`Date field "${path}" holds "${value}", which is not a date`)
        : time
    }
    return value
  }
}

function toIsoDate(value: unknown): unknown {
  return typeof value === "number" ? new Date(value).toISOString() : value
}

/** The document as Meilisearch stores it: dates as numbers, embeddings under `_vectors`. */
export function toStoredDocument(
  document: Record<string, unknown>,
  schema: IndexSchema,
): Record<string, unknown> {
  const stored = structuredClone(document)
  for (const path of schema.dateFields) {
    mapAtPath(stored, path.split("."), toEpochMs(path))
  }
  const vectors: Record<string, unknown> = {}
  for (const [path, { embedder, embed }] of schema.vectorFields) {
    // Text for an engine-side embedder stays put: its document template reads it.
    if (embed || stored[path] === undefined) {
      continue
    }
    vectors[embedder] = stored[path]
    delete stored[path]
  }
  if (Object.keys(vectors).length) {
    stored._vectors = { ...(stored._vectors as Record<string, unknown>), ...vectors }
  }
  return stored
}

/** The document as callers wrote it: dates back to ISO strings. */
export function fromStoredDocument(
  stored: Record<string, unknown>,
  schema: IndexSchema,
): Record<string, unknown> {
  for (const path of schema.dateFields) {
    mapAtPath(stored, path.split("."), toIsoDate)
  }
  return stored
}
