export const PRODUCTS_PER_PAGE = 12

type SearchParamValue = string | string[] | undefined

export type ProductListParams = {
  /** Category handle from `?kategori=`. */
  category?: string
  /** 1-based page from `?halaman=`. */
  page: number
}

function firstValue(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Reads `/produk` search params; anything malformed falls back to the first, unfiltered page. */
export function parseProductListParams(
  params: Record<string, SearchParamValue>,
): ProductListParams {
  const category = firstValue(params.kategori)?.trim() || undefined
  const rawPage = firstValue(params.halaman)
  const page = rawPage && /^\d+$/.test(rawPage) ? Number(rawPage) : 1
  return { category, page: Number.isSafeInteger(page) && page >= 1 ? page : 1 }
}

/** The shareable URL of a product listing page; page 1 and "all categories" are left out. */
export function productListHref({
  category,
  page = 1,
}: Partial<ProductListParams>): string {
  const search = new URLSearchParams()
  if (category) {
    search.set("kategori", category)
  }
  if (page > 1) {
    search.set("halaman", String(page))
  }
  const query = search.toString()
  return query ? `/produk?${query}` : "/produk"
}

export function productHref(handle: string): string {
  return `/produk/${encodeURIComponent(handle)}`
}
