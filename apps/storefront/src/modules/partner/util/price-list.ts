import {
  firstValue,
  MAX_SEARCH_LENGTH,
  readPage,
  type SearchParams,
} from "@/lib/util/product-list-params"

export const PRICES_PATH = "/akun/mitra/harga"
export const PRICES_PER_PAGE = 24

export type PriceListParams = { q: string; page: number }

/** `?q=` and `?halaman=` of the price list; anything odd is no search and page 1. */
export function readPriceListParams(params: SearchParams): PriceListParams {
  const q = (firstValue(params.q) ?? "").trim().slice(0, MAX_SEARCH_LENGTH).trim()
  return { q, page: readPage(params.halaman) }
}

/** The price list's query, defaults left out so the plain list has the plain URL. */
export function priceListQuery({ q, page }: PriceListParams): Record<string, string> {
  return {
    ...(q ? { q } : {}),
    ...(page > 1 ? { halaman: String(page) } : {}),
  }
}

export function priceListHref(params: PriceListParams): string {
  const query = new URLSearchParams(priceListQuery(params)).toString()
  return query ? `${PRICES_PATH}?${query}` : PRICES_PATH
}

export function pageCount(count: number, perPage = PRICES_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage))
}
