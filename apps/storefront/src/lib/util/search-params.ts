import {
  CERTIFICATION_TYPES,
  type CertificationType,
  firstValue,
  LIST_QUERY,
  MAX_SEARCH_LENGTH,
  readHandle,
  readPage,
  readRupiah,
  type SearchParams,
  type SearchParamValue,
  sortSlug,
} from "./product-list-params"

/** The orders `/store/search?sort=` knows; relevance puts the best matches first. */
export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const DEFAULT_SEARCH_SORT: SearchSort = "relevance"

/** The results page, without locale prefix. */
export const SEARCH_PATH = "/cari"
export const SEARCH_RESULTS_PER_PAGE = 12

export type ProductSearchParams = {
  q?: string
  /** Category handle. */
  category?: string
  /** Facility handle. */
  facility?: string
  /** True: halal-certified products only; false: only those without a halal certificate. */
  halal?: boolean
  certification?: CertificationType
  /** Whole rupiah, tax included like the prices shown. */
  minPrice?: number
  maxPrice?: number
  /** Products in stock only; there is no "sold out only" choice. */
  inStock?: true
  sort: SearchSort
  /** 1-based. */
  page: number
}

/**
 * Query names of the results page: the product listing's, so a filter reads the same
 * on both, plus the two filters only search has. The same in both locales.
 */
export const SEARCH_QUERY = {
  ...LIST_QUERY,
  halal: "halal",
  inStock: "stok",
} as const satisfies Record<keyof ProductSearchParams, string>

const SORT_SLUGS: Record<SearchSort, string> = {
  relevance: "relevan",
  newest: sortSlug("newest"),
  price_asc: sortSlug("price_asc"),
  price_desc: sortSlug("price_desc"),
}

const HALAL_SLUGS = { yes: "ya", no: "tidak" } as const
const IN_STOCK_SLUG = "ada"

/** A search text as the backend takes it: trimmed and at most 200 characters. */
export function normalizeSearchText(text: string): string {
  return text.trim().slice(0, MAX_SEARCH_LENGTH).trim()
}

function readHalal(value: SearchParamValue): boolean | undefined {
  const slug = firstValue(value)
  return slug === HALAL_SLUGS.yes ? true : slug === HALAL_SLUGS.no ? false : undefined
}

function readSort(value: SearchParamValue): SearchSort {
  const slug = firstValue(value)
  return SEARCH_SORTS.find((sort) => SORT_SLUGS[sort] === slug) ?? DEFAULT_SEARCH_SORT
}

/**
 * Reads the results page's search params. Anything malformed or unknown is dropped, so
 * a mangled shared link still searches instead of failing.
 */
export function parseSearchParams(params: SearchParams): ProductSearchParams {
  const q = normalizeSearchText(firstValue(params[SEARCH_QUERY.q]) ?? "")
  const certification = firstValue(params[SEARCH_QUERY.certification])
  let minPrice = readRupiah(params[SEARCH_QUERY.minPrice])
  let maxPrice = readRupiah(params[SEARCH_QUERY.maxPrice])
  // A range typed the wrong way round is meant the right way round.
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    ;[minPrice, maxPrice] = [maxPrice, minPrice]
  }
  const parsed: ProductSearchParams = {
    q: q || undefined,
    category: readHandle(params[SEARCH_QUERY.category]),
    facility: readHandle(params[SEARCH_QUERY.facility]),
    halal: readHalal(params[SEARCH_QUERY.halal]),
    certification: CERTIFICATION_TYPES.find((type) => type === certification),
    minPrice,
    maxPrice,
    inStock: firstValue(params[SEARCH_QUERY.inStock]) === IN_STOCK_SLUG || undefined,
    sort: readSort(params[SEARCH_QUERY.sort]),
    page: readPage(params[SEARCH_QUERY.page]),
  }
  return Object.fromEntries(
    Object.entries(parsed).filter(([, value]) => value !== undefined),
  ) as ProductSearchParams
}

/** The results page's query string; defaults (relevance, page 1, no filter) are left out. */
export function searchQuery(params: Partial<ProductSearchParams>): string {
  const search = new URLSearchParams()
  const set = (key: keyof ProductSearchParams, value: string | number | undefined) => {
    if (value !== undefined && value !== "") {
      search.set(SEARCH_QUERY[key], String(value))
    }
  }
  set("q", params.q)
  set("category", params.category)
  set("facility", params.facility)
  if (params.halal !== undefined) {
    set("halal", params.halal ? HALAL_SLUGS.yes : HALAL_SLUGS.no)
  }
  set("certification", params.certification)
  set("minPrice", params.minPrice)
  set("maxPrice", params.maxPrice)
  if (params.inStock) {
    set("inStock", IN_STOCK_SLUG)
  }
  if (params.sort && params.sort !== DEFAULT_SEARCH_SORT) {
    set("sort", SORT_SLUGS[params.sort])
  }
  if (params.page && params.page > 1) {
    set("page", params.page)
  }
  return search.toString()
}

/** The shareable URL of a results page, without locale prefix. */
export function searchHref(params: Partial<ProductSearchParams>): string {
  const query = searchQuery(params)
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}

export function searchSortSlug(sort: SearchSort): string {
  return SORT_SLUGS[sort]
}

/** The URL values of the halal and in-stock choices, for the filter form. */
export const FILTER_SLUGS = { halal: HALAL_SLUGS, inStock: IN_STOCK_SLUG } as const

/** Whether the buyer narrowed the search beyond its text. */
export function hasSearchFilters(params: Partial<ProductSearchParams>): boolean {
  return [
    params.category,
    params.facility,
    params.halal,
    params.certification,
    params.minPrice,
    params.maxPrice,
    params.inStock,
  ].some((value) => value !== undefined)
}

/** The `/store/search` query for a results page or the suggestions. */
export function storeSearchQuery(
  params: ProductSearchParams,
  limit = SEARCH_RESULTS_PER_PAGE,
): Record<string, string | number> {
  const query: Record<string, string | number | undefined> = {
    q: params.q,
    category: params.category,
    facility: params.facility,
    halal: params.halal === undefined ? undefined : String(params.halal),
    certification: params.certification,
    min_price: params.minPrice,
    max_price: params.maxPrice,
    in_stock: params.inStock ? "true" : undefined,
    sort: params.sort,
    page: params.page,
    limit,
  }
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as Record<string, string | number>
}

/** The search parameter behind each `/store/search` parameter a refusal may name. */
const STORE_NAMES = new Map<string, keyof ProductSearchParams>([
  ["q", "q"],
  ["category", "category"],
  ["facility", "facility"],
  ["halal", "halal"],
  ["certification", "certification"],
  ["min_price", "minPrice"],
  ["max_price", "maxPrice"],
  ["in_stock", "inStock"],
  ["sort", "sort"],
  ["page", "page"],
])

/**
 * The parameters a `/store/search` 400 message refuses. Each refusal starts with the
 * parameter's name ("sort: one of …"); Medusa joins several with "; " and words a few
 * of its own as "… for field 'sort' …". Names inside a refusal's text ("min_price: must
 * not be more than max_price") are not refused themselves.
 */
function refusedNames(message: string): string[] {
  return message.split(";").flatMap((part) => {
    const named = /^\s*([a-z_]+)\s*:/.exec(part) ?? /field '([a-z_]+)'/.exec(part)
    return named ? [named[1]] : []
  })
}

/**
 * The params without those a `/store/search` 400 message refuses (a refused sort goes
 * back to relevance), on page 1; null when that would change nothing.
 */
export function withoutRefusedSearch(
  params: ProductSearchParams,
  message: string,
): ProductSearchParams | null {
  const kept: ProductSearchParams = { ...params, page: 1 }
  let changed = false
  for (const name of refusedNames(message)) {
    const key = STORE_NAMES.get(name)
    if (key === undefined || kept[key] === undefined) {
      continue
    }
    if (key === "sort") {
      changed ||= kept.sort !== DEFAULT_SEARCH_SORT
      kept.sort = DEFAULT_SEARCH_SORT
    } else if (key === "page") {
      changed ||= params.page !== 1
    } else {
      changed = true
      delete kept[key]
    }
  }
  return changed ? kept : null
}
