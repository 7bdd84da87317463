import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import type { StoreSearchParamsType } from "../api/store/search/validators"
import type { ProductSearchDocument } from "../search/_product-documents"
import { catalogVocabulary, correctSpelling } from "./search-spelling"

export type ProductSearchResult = SearchTypes.SearchResult<ProductSearchDocument> & {
  /** When nothing matched as typed: the text with close spellings the hits are for. */
  corrected_query: string | null
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
 * A mark that moves with every change to what the product search reads: a write
 * to any PostgreSQL index (each moves its row's `updated_at`, see
 * postgres-search-shared-facets.ts) and a rebuilt index taking over (Medusa's
 * search module records the version serving reads, and when it changed). An
 * answer kept under the mark is what a search would answer now. Null when
 * another engine serves the search: its answers are not kept.
 */
export async function productIndexMark(
  searchModule: ISearchModuleService,
  pg: Knex,
): Promise<string | null> {
  if (searchModule.getIndex("product").provider !== "search-postgres") {
    return null
  }
  // As text: timestamps keep their microseconds, where a Date keeps milliseconds.
  const { rows } = await pg.raw<{ rows: { mark: string }[] }>(
    `select concat_ws(' ',
       (select max(updated_at)::text from search_postgres_index),
       (select active_version || ' ' || updated_at::text from search_index
        where name = 'product' and deleted_at is null)) as mark`,
  )
  return rows[0].mark
}

/**
 * A page of published products of the key's sales channels matching the
 * buyer's text and filters, with facets that each ignore their own filter.
 * The last word is a prefix, so a half-typed word already finds. Meilisearch
 * tolerates typos by itself; on PostgreSQL, when nothing matches as typed, the
 * text is searched again with misspelt words corrected (search-spelling.ts).
 */
export async function searchProducts(
  searchModule: ISearchModuleService,
  pg: Knex,
  params: StoreSearchParamsType,
  salesChannelIds: string[],
): Promise<ProductSearchResult> {
  const engine = searchModule.getIndex("product").provider
  const query = (q: string | undefined) =>
    searchModule.search<ProductSearchDocument>({
      entity: "product",
      filters: filtersOf({ ...params, q }, salesChannelIds),
      pagination: {
        skip: (params.page - 1) * params.limit,
        take: params.limit,
        order:
          params.sort === "relevance" && engine === "search-postgres"
            ? POSTGRES_RELEVANCE
            : ORDER[params.sort],
      },
      search_options: {
        match_strategy: "last",
        typo_tolerance: engine !== "search-postgres",
        count: "exact",
        disjunctive_facets: true,
        facets: FACETS,
      },
    })

  const asTyped = await query(params.q)
  if (engine !== "search-postgres" || !params.q || (asTyped.metadata.count ?? 0) > 0) {
    return { ...asTyped, corrected_query: null }
  }
  const corrected = correctSpelling(params.q, await catalogVocabulary(pg))
  if (!corrected) {
    return { ...asTyped, corrected_query: null }
  }
  return { ...(await query(corrected)), corrected_query: corrected }
}
