import "server-only"

import { FetchError } from "@medusajs/js-sdk"

import { publishableKey } from "@/lib/config"
import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { sdk } from "@/lib/medusa"

/**
 * Catalog reads are cached by Next under these tags. Nothing revalidates them on mutation
 * yet, so they also expire after this many seconds to pick up admin edits and stock changes.
 */
const CATALOG_REVALIDATE_SECONDS = 60

export const CACHE_TAGS = {
  regions: "regions",
  products: "products",
  categories: "categories",
} as const

type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** GET a Store API route, turning a missing key or an unreachable backend into CatalogUnavailableError. */
export async function storeGet<T>(
  path: `/store/${string}`,
  query: Record<string, unknown>,
  tag: CacheTag,
): Promise<T> {
  if (!publishableKey) {
    throw new CatalogUnavailableError("missing-publishable-key")
  }

  try {
    return await sdk.client.fetch<T>(path, {
      method: "GET",
      query,
      next: { tags: [tag], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    console.error(`[storefront] GET ${path} failed:`, error)
    const reachedBackend = error instanceof FetchError && (error.status ?? 500) < 500
    throw new CatalogUnavailableError(
      reachedBackend ? "backend-rejected" : "backend-unreachable",
      { cause: error },
    )
  }
}
