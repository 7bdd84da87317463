import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import type { StoreSearchParamsType } from "../api/store/search/validators"
import type { ProductSearchDocument } from "../search/_product-documents"

export type ProductSearchResult = SearchTypes.SearchResult<ProductSearchDocument> & {
  /** True when nothing matched as typed and the hits are close spellings. */
  corrected: boolean
}

// The id breaks ties, so pages neither repeat nor skip a product. Relevance
// needs it on PostgreSQL only: Meilisearch ranks ties in a stable order itself
// and takes `_score` only as the last key.
const POSTGRES_RELEVANCE: SearchTypes.SearchPagination["order"] = {
  _score: "DESC",
  created_at: "DESC",
  id: "ASC",
}
const ORDER: Record<
  StoreSearchParamsType["sort"],
  SearchTypes.SearchPagination["order"]
> = {
  relevance: undefined,
  newest: { created_at: "DESC", id: "ASC" },
  // has_price first: an unpriced product is indexed at 0 and must not lead.
  price_asc: { has_price: "DESC", price: "ASC", id: "ASC" },
  price_desc: { price: "DESC", id: "ASC" },
}

const FACETS: SearchTypes.SearchOptions["facets"] = [
  "category_handles",
  "facility_handle",
  "certifications",
  "halal",
  "in_stock",
  { field: "price", type: "stats" },
]

/**
 * PostgreSQL's typo tolerance is trigram similarity: loose enough that a
 * misspelt word scores 0.3-0.45 against unrelated products. So close spellings
 * are only looked for when nothing matches as typed, only in the short fields
 * that name a product, and only near the best one found.
 */
const POSTGRES_TYPO_FIELDS = ["title", "tags", "category_names", "aliases"]
const POSTGRES_TYPO_FLOOR = 0.45
const POSTGRES_TYPO_NEAR_BEST = 0.9

function filtersOf(
  params: StoreSearchParamsType,
  salesChannelIds: string[],
): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = {
    status: "published",
    sales_channel_ids: { $in: salesChannelIds },
  }
  if (params.q) filters.q = params.q
  if (params.category) filters.category_handles = params.category
  if (params.facility) filters.facility_handle = params.facility
  if (params.halal !== undefined) filters.halal = params.halal
  if (params.certification) filters.certifications = params.certification
  if (params.in_stock !== undefined) filters.in_stock = params.in_stock
  if (params.min_price !== undefined || params.max_price !== undefined) {
    filters.price = {
      ...(params.min_price !== undefined ? { $gte: params.min_price } : {}),
      ...(params.max_price !== undefined ? { $lte: params.max_price } : {}),
    }
    filters.has_price = true
  }
  return filters
}

/**
 * A page of published products of the key's sales channels matching the
 * buyer's text and filters, with facets that each ignore their own filter.
 * The last word is a prefix, so a half-typed word already finds. Meilisearch
 * tolerates typos by itself; on PostgreSQL close spellings are a second pass.
 */
export async function searchProducts(
  searchModule: ISearchModuleService,
  params: StoreSearchParamsType,
  salesChannelIds: string[],
): Promise<ProductSearchResult> {
  const engine = searchModule.getIndex("product").provider
  const query = (options: SearchTypes.SearchOptions, take = params.limit) =>
    searchModule.search<ProductSearchDocument>({
      entity: "product",
      filters: filtersOf(params, salesChannelIds),
      pagination: {
        skip: (params.page - 1) * params.limit,
        take,
        order:
          params.sort === "relevance" && engine === "search-postgres"
            ? POSTGRES_RELEVANCE
            : ORDER[params.sort],
      },
      search_options: {
        match_strategy: "last",
        count: "exact",
        disjunctive_facets: true,
        facets: FACETS,
        ...options,
      },
    })

  if (engine !== "search-postgres") {
    return { ...(await query({ typo_tolerance: true })), corrected: false }
  }
  const exact = await query({ typo_tolerance: false })
  if (!params.q || (exact.metadata.count ?? 0) > 0) {
    return { ...exact, corrected: false }
  }
  const typo = { typo_tolerance: true, attributes_to_search_on: POSTGRES_TYPO_FIELDS }
  const best = await searchModule.search<ProductSearchDocument>({
    entity: "product",
    filters: filtersOf(params, salesChannelIds),
    pagination: { take: 1 },
    search_options: { ...typo, match_strategy: "last", include_score: true },
  })
  const bestScore = best.hits[0]?.score ?? 0
  if (bestScore < POSTGRES_TYPO_FLOOR) {
    return { ...exact, corrected: false }
  }
  const close = await query({
    ...typo,
    min_score: Math.max(POSTGRES_TYPO_FLOOR, POSTGRES_TYPO_NEAR_BEST * bestScore),
  })
  return { ...close, corrected: true }
}
