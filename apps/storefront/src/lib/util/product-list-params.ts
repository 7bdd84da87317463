export const PRODUCTS_PER_PAGE = 12

/** The orders a listing offers; the names are those of `/store/catalog?sort=`. */
export const LISTING_SORTS = ["newest", "price_asc", "price_desc"] as const
export type ListingSort = (typeof LISTING_SORTS)[number]

/** Certificate types the backend knows; the filter offers only these. */
export const CERTIFICATION_TYPES = [
  "halal",
  "pirt",
  "bpom_md",
  "sni",
  "non_halal_declaration",
  "other",
] as const
export type CertificationType = (typeof CERTIFICATION_TYPES)[number]

export type ProductListParams = {
  q?: string
  /** Category handle. */
  category?: string
  /** Facility handle. */
  facility?: string
  certification?: CertificationType
  /** Whole rupiah, tax included like the prices shown. */
  minPrice?: number
  maxPrice?: number
  sort: ListingSort
  /** 1-based. */
  page: number
}

/**
 * Query names in the buyer's language, the same in both locales so a shared link
 * keeps its filters when the language is switched.
 */
export const LIST_QUERY = {
  q: "q",
  category: "kategori",
  facility: "fasilitas",
  certification: "sertifikasi",
  minPrice: "harga_min",
  maxPrice: "harga_maks",
  sort: "urutan",
  page: "halaman",
} as const satisfies Record<keyof ProductListParams, string>

const SORT_SLUGS: Record<ListingSort, string> = {
  newest: "terbaru",
  price_asc: "termurah",
  price_desc: "termahal",
}

export const DEFAULT_SORT: ListingSort = "newest"

// The backend refuses longer values; a longer search is cut rather than refused.
export const MAX_SEARCH_LENGTH = 200
const HANDLE = /^[a-z0-9][a-z0-9-]{0,199}$/
// Twelve digits is a trillion rupiah, as far as the backend accepts.
const RUPIAH = /^\d{1,12}$/

export type SearchParamValue = string | string[] | undefined
export type SearchParams = Record<string, SearchParamValue>

export function firstValue(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function readHandle(value: SearchParamValue): string | undefined {
  const handle = firstValue(value)?.trim().toLowerCase()
  return handle && HANDLE.test(handle) ? handle : undefined
}

/** Whole rupiah; "150.000" and "Rp 150.000" as buyers type them are read as 150000. */
export function readRupiah(value: SearchParamValue): number | undefined {
  const raw = firstValue(value)
    ?.trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/[.\s]/g, "")
  return raw && RUPIAH.test(raw) ? Number(raw) : undefined
}

function readSort(value: SearchParamValue): ListingSort {
  const slug = firstValue(value)
  const found = LISTING_SORTS.find((sort) => SORT_SLUGS[sort] === slug)
  return found ?? DEFAULT_SORT
}

export function readPage(value: SearchParamValue): number {
  const raw = firstValue(value)
  const page = raw && /^\d+$/.test(raw) ? Number(raw) : 1
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

/**
 * Reads a listing's search params. Anything malformed is dropped, so a mangled shared
 * link still shows products instead of an error.
 */
export function parseProductListParams(params: SearchParams): ProductListParams {
  const q = firstValue(params[LIST_QUERY.q])?.trim().slice(0, MAX_SEARCH_LENGTH)
  const certification = firstValue(params[LIST_QUERY.certification])
  let minPrice = readRupiah(params[LIST_QUERY.minPrice])
  let maxPrice = readRupiah(params[LIST_QUERY.maxPrice])
  // A range typed the wrong way round is meant the right way round.
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    ;[minPrice, maxPrice] = [maxPrice, minPrice]
  }
  return dropUndefined({
    q: q || undefined,
    category: readHandle(params[LIST_QUERY.category]),
    facility: readHandle(params[LIST_QUERY.facility]),
    certification: CERTIFICATION_TYPES.find((type) => type === certification),
    minPrice,
    maxPrice,
    sort: readSort(params[LIST_QUERY.sort]),
    page: readPage(params[LIST_QUERY.page]),
  })
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as T
}

/** The query string of a listing; defaults (newest, page 1, no filter) are left out. */
export function productListQuery(params: Partial<ProductListParams>): string {
  const search = new URLSearchParams()
  const set = (key: keyof ProductListParams, value: string | number | undefined) => {
    if (value !== undefined && value !== "") {
      search.set(LIST_QUERY[key], String(value))
    }
  }
  set("q", params.q)
  set("category", params.category)
  set("facility", params.facility)
  set("certification", params.certification)
  set("minPrice", params.minPrice)
  set("maxPrice", params.maxPrice)
  if (params.sort && params.sort !== DEFAULT_SORT) {
    set("sort", SORT_SLUGS[params.sort])
  }
  if (params.page && params.page > 1) {
    set("page", params.page)
  }
  return search.toString()
}

/** The shareable URL of a listing page at `pathname` (all products unless told). */
export function productListHref(
  params: Partial<ProductListParams>,
  pathname = "/produk",
): string {
  const query = productListQuery(params)
  return query ? `${pathname}?${query}` : pathname
}

export function sortSlug(sort: ListingSort): string {
  return SORT_SLUGS[sort]
}

/** Whether the buyer narrowed the listing beyond what its page stands for. */
export function hasActiveFilters(params: Partial<ProductListParams>): boolean {
  return [
    params.q,
    params.category,
    params.facility,
    params.certification,
    params.minPrice,
    params.maxPrice,
  ].some((value) => value !== undefined)
}

/** The `/store/catalog` query for a listing page. */
export function catalogQuery(
  params: ProductListParams,
  limit = PRODUCTS_PER_PAGE,
): Record<string, string | number> {
  return dropUndefined({
    q: params.q,
    category: params.category,
    facility: params.facility,
    certification: params.certification,
    min_price: params.minPrice,
    max_price: params.maxPrice,
    sort: params.sort,
    page: params.page,
    limit,
  }) as Record<string, string | number>
}

/** The listing parameter behind each `/store/catalog` parameter a refusal may name. */
const CATALOG_NAMES: Record<string, keyof ProductListParams> = {
  q: "q",
  category: "category",
  facility: "facility",
  certification: "certification",
  min_price: "minPrice",
  max_price: "maxPrice",
}

/**
 * The params without those a `/store/catalog` 400 message names, back on page 1; null
 * when it names none of them.
 */
export function withoutRefused(
  params: ProductListParams,
  message: string,
): ProductListParams | null {
  const refused = Object.entries(CATALOG_NAMES).filter(([name]) =>
    new RegExp(`(^|[^a-z_])${name}([^a-z_]|$)`).test(message),
  )
  if (refused.length === 0) {
    return null
  }
  const kept: ProductListParams = { ...params, page: 1 }
  for (const [, key] of refused) {
    delete kept[key]
  }
  return kept
}

export function productHref(handle: string): string {
  return `/produk/${encodeURIComponent(handle)}`
}

export function categoryHref(handle: string): string {
  return `/kategori/${encodeURIComponent(handle)}`
}

export function collectionHref(handle: string): string {
  return `/koleksi/${encodeURIComponent(handle)}`
}
