import type {
  ProviderSearchQuery,
  SearchFacetRequest,
  SearchFacetResult,
  SearchHighlightOptions,
  SearchHit,
  SearchMatchStrategy,
  SearchPagination,
  SearchResult,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MultiSearchQuery } from "meilisearch" with { "resolution-mode": "import" }
import {
  fromStoredDocument,
  isFacetable,
  isNumeric,
  readPath,
  readSchema,
  type IndexSchema,
} from "./fields"
import { allOf, compileFilter, type FilterContext } from "./filters"

export const PROVIDER = "meilisearch"

const DEFAULT_TAKE = 20
const DEFAULT_FACET_VALUES = 10
const DEFAULT_PRE_TAG = "<mark>"
const DEFAULT_POST_TAG = "</mark>"

/**
 * Meilisearch's own "last" drops trailing words until something matches, which is
 * looser than the Search Module's "last" (every completed word must match, the
 * last one as a prefix). Meilisearch's "all" is exactly that, since it always
 * matches the last word as a prefix.
 */
const MATCHING_STRATEGIES: Record<
  SearchMatchStrategy,
  MultiSearchQuery["matchingStrategy"]
> = {
  all: "all",
  last: "all",
  any: "frequency",
}

/** Fields Meilisearch adds to a hit; they are not part of the document. */
const HIT_METADATA = [
  "_formatted",
  "_matchesPosition",
  "_rankingScore",
  "_rankingScoreDetails",
  "_federation",
  "_geoDistance",
  "_vectors",
]

/** The part of a Meilisearch search response this provider reads. */
export type MeilisearchSearchResponse = {
  hits: Record<string, unknown>[]
  processingTimeMs?: number
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

type FacetPlan =
  | {
      field: string
      type: "value"
      limit: number
      sort: "count" | "alpha"
      query?: string
    }
  | { field: string; type: "stats" }
  | {
      field: string
      type: "range"
      ranges: { key: string; from?: number | string; to?: number | string }[]
    }

/** One query of the caller, as the Meilisearch queries that answer it. */
export type SearchPlan = {
  query: MultiSearchQuery
  /**
   * Count-only queries sent alongside: the exact total when `count: "exact"` asks
   * for a window `page`/`hitsPerPage` cannot express, then one per requested range
   * in facet order, since Meilisearch has no range facets.
   */
  counts: MultiSearchQuery[]
  toResult(
    main: MeilisearchSearchResponse,
    counts: MeilisearchSearchResponse[],
  ): SearchResult
}

function notAllowed(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Exact totals need `page`/`hitsPerPage`, which can only express whole pages; any
 * other window falls back to `offset`/`limit` and Meilisearch's estimate.
 */
function planPaging(skip: number, take: number, countWanted: boolean) {
  const wholePage = take > 0 ? skip % take === 0 : skip === 0
  if (countWanted && wholePage) {
    return {
      params: { hitsPerPage: take, page: take > 0 ? skip / take + 1 : 1 },
      exact: true,
    }
  }
  return { params: { offset: skip, limit: take }, exact: false }
}

/**
 * `_score` is relevance, which Meilisearch applies on its own after the sort rule,
 * so it can only come last and only descending.
 */
function planSort(order: SearchPagination["order"]): string[] | undefined {
  const sort: string[] = []
  let relevanceSeen = false
  for (const [field, direction] of Object.entries(order ?? {})) {
    const descending = String(direction).toUpperCase() === "DESC"
    if (field === "_score") {
      if (!descending) {
        notAllowed(`The Meilisearch search provider cannot order by ascending relevance`)
      }
      relevanceSeen = true
      continue
    }
    if (relevanceSeen) {
      notAllowed(
        `The Meilisearch search provider ranks by relevance after every sorted field; put "_score" last in the order`,
      )
    }
    sort.push(`${field}:${descending ? "desc" : "asc"}`)
  }
  return sort.length ? sort : undefined
}

function rangeBound(
  schema: IndexSchema,
  field: string,
  bound: number | string | undefined,
): number | string | undefined {
  if (bound === undefined || schema.dateFields.has(field)) {
    return bound
  }
  const number = typeof bound === "number" ? bound : Number(bound)
  return Number.isFinite(number)
    ? number
    : invalid(`Range bound "${bound}" on "${field}" is not a number`)
}

function planFacets(
  requests: (string | SearchFacetRequest)[] | undefined,
  schema: IndexSchema,
): FacetPlan[] {
  return (requests ?? []).map((request): FacetPlan => {
    const facet = typeof request === "string" ? { field: request } : request
    const field = schema.fields.get(facet.field)
    if (!field || !isFacetable(field)) {
      invalid(`Field "${facet.field}" is not facetable on search index "${schema.name}"`)
    }
    if (facet.type === "stats" || facet.type === "range") {
      if (!isNumeric(field)) {
        notAllowed(
          `${facet.type === "stats" ? "Stats" : "Range"} facets need a numeric or date field ("${facet.field}")`,
        )
      }
    }
    if (facet.type === "stats") {
      return { field: facet.field, type: "stats" }
    }
    if (facet.type === "range") {
      return {
        field: facet.field,
        type: "range",
        ranges: facet.ranges.map((range) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: rangeBound(schema, facet.field, range.from),
          to: rangeBound(schema, facet.field, range.to),
        })),
      }
    }
    return {
      field: facet.field,
      type: "value",
      limit: facet.limit ?? DEFAULT_FACET_VALUES,
      sort: facet.sort ?? "count",
      query: facet.query,
    }
  })
}

type ResolvedHighlight = {
  fields: string[]
  pre_tag: string
  post_tag: string
  snippet?: SearchHighlightOptions["snippet"]
}

function highlightOptions(
  highlight: boolean | SearchHighlightOptions | undefined,
  searchedFields: string[],
): ResolvedHighlight | undefined {
  if (!highlight) {
    return undefined
  }
  const options = highlight === true ? { fields: searchedFields } : highlight
  return {
    fields: options.fields,
    pre_tag: options.pre_tag ?? DEFAULT_PRE_TAG,
    post_tag: options.post_tag ?? DEFAULT_POST_TAG,
    snippet: options.snippet,
  }
}

/** A range includes its lower bound and excludes its upper one. */
function rangeFilter(
  field: string,
  range: { from?: number | string; to?: number | string },
  context: FilterContext,
): string | undefined {
  const bounds = {
    ...(range.from !== undefined && { $gte: range.from }),
    ...(range.to !== undefined && { $lt: range.to }),
  }
  return Object.keys(bounds).length
    ? compileFilter({ [field]: bounds }, context)
    : undefined
}

function valueFacet(
  plan: Extract<FacetPlan, { type: "value" }>,
  distribution: Record<string, number> | undefined,
): SearchFacetResult {
  const values = Object.entries(distribution ?? {})
    .filter(([value]) => !plan.query || value.startsWith(plan.query))
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) =>
      plan.sort === "alpha"
        ? a.value.localeCompare(b.value)
        : b.count - a.count || a.value.localeCompare(b.value),
    )
  return { type: "value", values: values.slice(0, plan.limit) }
}

function highlightsOf(
  formatted: unknown,
  fields: string[],
  preTag: string,
): Record<string, string[]> | undefined {
  const highlights: Record<string, string[]> = {}
  for (const field of fields) {
    const value = readPath(formatted, field)
    const fragments = (Array.isArray(value) ? value : [value]).filter(
      (fragment): fragment is string =>
        typeof fragment === "string" && fragment.includes(preTag),
    )
    if (fragments.length) {
      highlights[field] = fragments
    }
  }
  return Object.keys(highlights).length ? highlights : undefined
}

/**
 * Turns one provider query into the Meilisearch query answering it, plus the
 * count-only queries it needs, and knows how to read their responses back.
 */
export function planSearch(input: ProviderSearchQuery): SearchPlan {
  const schema = readSchema(input.index)
  const options = input.search_options ?? {}
  if (options.vector) {
    notAllowed("The Meilisearch search provider does not support vector search yet")
  }
  if (options.typo_tolerance === false) {
    notAllowed(
      "Meilisearch cannot turn typo tolerance off for one query; disable it on the index " +
        "with settings.typo_tolerance.enabled = false",
    )
  }
  if (input.pagination?.cursor !== undefined) {
    notAllowed("The Meilisearch search provider does not support cursor pagination")
  }

  const q = input.q?.trim() || undefined
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? DEFAULT_TAKE
  const countWanted = options.count !== "none"
  const paging = planPaging(skip, take, countWanted)
  const filterContext = { dateFields: schema.dateFields }
  const filter = compileFilter(input.filters, filterContext)
  const facets = planFacets(options.facets, schema)
  const facetFields = [
    ...new Set(facets.filter(({ type }) => type !== "range").map(({ field }) => field)),
  ]
  const highlight = q
    ? highlightOptions(
        options.highlight,
        options.attributes_to_search_on ?? schema.searchable,
      )
    : undefined
  const providerOptions = options.provider_options?.[PROVIDER] ?? {}

  // What decides which documents match; every count query must share it.
  const matching: Partial<MultiSearchQuery> = {
    q,
    matchingStrategy: MATCHING_STRATEGIES[options.match_strategy ?? "all"],
    ...(options.attributes_to_search_on && {
      attributesToSearchOn: options.attributes_to_search_on,
    }),
    ...(options.min_score !== undefined && { rankingScoreThreshold: options.min_score }),
    ...(options.distinct && { distinct: options.distinct }),
    ...(options.locales?.length && { locales: options.locales }),
  }
  const sort = planSort(input.pagination?.order)
  const query: MultiSearchQuery = {
    indexUid: input.index.physical_name,
    ...matching,
    ...(filter && { filter }),
    ...(sort && { sort }),
    ...(facetFields.length && { facets: facetFields }),
    ...paging.params,
    ...(input.attributes_to_retrieve && {
      // Hits are keyed by the primary key, so it always comes back.
      attributesToRetrieve: [
        ...new Set([...input.attributes_to_retrieve, schema.primaryKey]),
      ],
    }),
    ...(options.include_score && { showRankingScore: true }),
    ...(highlight && {
      attributesToHighlight: highlight.fields,
      highlightPreTag: highlight.pre_tag,
      highlightPostTag: highlight.post_tag,
    }),
    ...(highlight?.snippet && {
      attributesToCrop: highlight.fields,
      ...(typeof highlight.snippet === "object" && {
        cropLength: highlight.snippet.length,
      }),
    }),
    ...providerOptions,
  }

  // Exact counts of the same matches: `hitsPerPage: 0` returns none of the hits.
  const countQuery = (extraFilter?: string): MultiSearchQuery => ({
    indexUid: input.index.physical_name,
    ...matching,
    ...providerOptions,
    filter: allOf(filter, extraFilter),
    hitsPerPage: 0,
    page: 1,
  })
  const totalQuery = options.count === "exact" && !paging.exact ? countQuery() : undefined
  const rangeCounts = facets.flatMap((facet) =>
    facet.type === "range"
      ? facet.ranges.map((range) =>
          countQuery(rangeFilter(facet.field, range, filterContext)),
        )
      : [],
  )

  return {
    query,
    counts: totalQuery ? [totalQuery, ...rangeCounts] : rangeCounts,
    toResult(main, counts) {
      const rangeResponses = totalQuery ? counts.slice(1) : counts
      const total = totalQuery
        ? counts[0]?.totalHits
        : paging.exact
          ? main.totalHits
          : main.estimatedTotalHits
      let countIndex = 0
      const facetResults = Object.fromEntries(
        facets.map((facet): [string, SearchFacetResult] => {
          if (facet.type === "value") {
            return [facet.field, valueFacet(facet, main.facetDistribution?.[facet.field])]
          }
          if (facet.type === "stats") {
            const stats = main.facetStats?.[facet.field]
            return [
              facet.field,
              {
                type: "stats",
                min: stats?.min ?? 0,
                max: stats?.max ?? 0,
                count: total ?? 0,
              },
            ]
          }
          return [
            facet.field,
            {
              type: "range",
              ranges: facet.ranges.map((range) => ({
                ...range,
                count: rangeResponses[countIndex++]?.totalHits ?? 0,
              })),
            },
          ]
        }),
      )
      return {
        hits: main.hits.map((hit) =>
          toHit(hit, schema, options.include_score, highlight),
        ),
        ...(facets.length && { facets: facetResults }),
        metadata: {
          skip,
          take,
          count: countWanted ? (total ?? null) : null,
          query: input.q,
          processing_time_ms: main.processingTimeMs,
        },
        provider_metadata: { exact_count: paging.exact || !!totalQuery },
      }
    },
  }
}

function toHit(
  hit: Record<string, unknown>,
  schema: IndexSchema,
  includeScore: boolean | undefined,
  highlight: ResolvedHighlight | undefined,
): SearchHit {
  const document = { ...hit }
  HIT_METADATA.forEach((key) => delete document[key])
  const highlights = highlight
    ? highlightsOf(hit._formatted, highlight.fields, highlight.pre_tag)
    : undefined
  return {
    id: String(readPath(document, schema.primaryKey)),
    ...(includeScore &&
      typeof hit._rankingScore === "number" && { score: hit._rankingScore }),
    document: fromStoredDocument(document, schema),
    ...(highlights && { highlights }),
  }
}
