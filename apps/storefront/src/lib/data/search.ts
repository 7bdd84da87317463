import "server-only"

import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { CACHE_TAGS, refusalMessage, storeGet } from "@/lib/data/store-api"
import { thumbnailSources } from "@/lib/photo-sources"
import {
  noSuggestions,
  type SearchResult,
  type SearchSuggestions,
  SUGGESTION_LIMIT,
  SUGGESTION_MIN_LENGTH,
  SUGGESTION_THUMBNAIL_SIZE,
  toSuggestions,
} from "@/lib/util/product-search"
import {
  DEFAULT_SEARCH_SORT,
  normalizeSearchText,
  type ProductSearchParams,
  SEARCH_RESULTS_PER_PAGE,
  searchQuery,
  storeSearchQuery,
  withoutRefusedSearch,
} from "@/lib/util/search-params"

/**
 * Results differ per query and follow stock, so they are kept briefly: a popular query
 * or a burst of type-ahead reaches the search engine once, and a product that sold out
 * leaves the results within half a minute.
 */
export const SEARCH_REVALIDATE_SECONDS = 30

// Each refused read drops at least one parameter; an old link may carry a closed
// facility and a renamed category, which the backend names one at a time.
const MAX_READS = 4

/** A results page and the params it was found with. */
export type SearchedProducts = { result: SearchResult; params: ProductSearchParams }

/**
 * One page of results with facets. A 400 (an unknown category or facility in an old
 * shared link) is answered without the parameters the refusal names, or failing that
 * with the text alone, instead of an error. A search engine that is down (503) or an
 * unreachable backend throws CatalogUnavailableError, as every catalog read does.
 */
export async function searchProducts(
  params: ProductSearchParams,
): Promise<SearchedProducts> {
  const fallback: ProductSearchParams = {
    q: params.q,
    sort: DEFAULT_SEARCH_SORT,
    page: 1,
  }
  let sent = params
  for (let reads = 1; ; reads += 1) {
    try {
      return { result: await readSearch(sent, SEARCH_RESULTS_PER_PAGE), params: sent }
    } catch (error) {
      const message = refusalMessage(error)
      if (message === null || reads >= MAX_READS) {
        throw error
      }
      const narrower =
        withoutRefusedSearch(sent, message) ??
        (searchQuery(sent) === searchQuery(fallback) ? null : fallback)
      if (narrower === null) {
        throw error
      }
      sent = narrower
    }
  }
}

/**
 * The few best matches for a search box's text. A search that cannot answer gives an
 * empty list marked unavailable, so the box says so instead of failing.
 */
export async function suggestProducts(
  text: string,
  locale: string,
): Promise<SearchSuggestions> {
  const q = normalizeSearchText(text)
  if (q.length < SUGGESTION_MIN_LENGTH) {
    return noSuggestions(q, true)
  }
  try {
    const result = await readSearch(
      { q, sort: DEFAULT_SEARCH_SORT, page: 1 },
      SUGGESTION_LIMIT,
      locale,
    )
    return toSuggestions(q, result, (url) =>
      thumbnailSources(url, SUGGESTION_THUMBNAIL_SIZE),
    )
  } catch (error) {
    if (error instanceof CatalogUnavailableError) {
      return noSuggestions(q, false)
    }
    throw error
  }
}

function readSearch(
  params: ProductSearchParams,
  limit: number,
  locale?: string,
): Promise<SearchResult> {
  return storeGet<SearchResult>(
    "/store/search",
    storeSearchQuery(params, limit),
    CACHE_TAGS.search,
    { revalidate: SEARCH_REVALIDATE_SECONDS, locale },
  )
}
