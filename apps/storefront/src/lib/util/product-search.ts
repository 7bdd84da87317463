import type { PhotoSources } from "@/lib/photo-sources"

import type { CatalogProduct } from "./product-catalog"

type NamedCount = { handle: string; name: string; count: number }

/** One product as `/store/search` finds it: a catalog card, so cards render it as is. */
export type SearchHit = CatalogProduct & { halal: boolean }

/** Each facet counts the products matching every filter but its own, as the catalog's do. */
export type SearchFacets = {
  categories: NamedCount[]
  facilities: NamedCount[]
  certifications: { type: string; count: number }[]
  halal: { true: number; false: number }
  in_stock: { true: number; false: number }
  price: { min: number | null; max: number | null }
}

/** A `/store/search` answer. */
export type SearchResult = {
  query: string
  /** When nothing matched as typed: the close spelling the hits were found for. */
  corrected_query?: string | null
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  facets: SearchFacets
}

/** The search box asks for suggestions from this many characters on, this long after the last key. */
export const SUGGESTION_MIN_LENGTH = 2
export const SUGGESTION_DELAY_MS = 200
export const SUGGESTION_LIMIT = 5
/** Width and height, in CSS px, of a suggestion's picture. */
export const SUGGESTION_THUMBNAIL_SIZE = 40

/** What the browser's suggestion list shows of a product, and nothing more. */
export type SearchSuggestion = {
  handle: string
  title: string
  thumbnail: PhotoSources | null
  /** Whole rupiah, or null while the product has no price. */
  price: number | null
}

export type SearchSuggestions = {
  /** The text the suggestions were found for. */
  query: string
  suggestions: SearchSuggestion[]
  /** How many products the full search finds. */
  total: number
  /** False while search cannot answer; the list then says so instead of "nothing found". */
  available: boolean
}

/** `thumbnail` turns a product's photo into the sources of the list's small picture. */
export function toSuggestions(
  query: string,
  result: SearchResult,
  thumbnail: (url: string) => PhotoSources,
): SearchSuggestions {
  return {
    query,
    suggestions: result.hits.slice(0, SUGGESTION_LIMIT).map((hit) => ({
      handle: hit.handle,
      title: hit.title,
      thumbnail: hit.thumbnail ? thumbnail(hit.thumbnail) : null,
      price: hit.price?.amount ?? null,
    })),
    total: result.total,
    available: true,
  }
}

export function noSuggestions(query: string, available: boolean): SearchSuggestions {
  return { query, suggestions: [], total: 0, available }
}
