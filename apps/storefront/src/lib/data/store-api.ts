import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { getLocale } from "next-intl/server"

import { publishableKey } from "@/lib/config"
import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { getAuthHeaders } from "@/lib/data/cookies"
import { sdk } from "@/lib/medusa"
import { contentLocale } from "@/lib/util/content-locale"

/**
 * Catalog reads are cached by Next under these tags. The backend expires them through
 * `/api/revalidate` when catalog data changes; this expiry is only the safety net for a
 * revalidation that never arrived (storefront down at the time, or a change no event
 * announces, such as a price list reaching its start date).
 */
const CATALOG_REVALIDATE_SECONDS = 60

export const CACHE_TAGS = {
  regions: "regions",
  products: "products",
  categories: "categories",
  collections: "collections",
  provinces: "provinces",
  paymentProviders: "payment-providers",
  facilities: "facilities",
  workshops: "workshops",
  impact: "impact",
  search: "search",
} as const

type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/**
 * GET a Store API route, turning a missing key or an unreachable backend into
 * CatalogUnavailableError. `revalidate` shortens the cache for reads that go stale faster.
 * The page's locale (or `locale`, where no page renders) goes in the query: Medusa
 * answers catalog content translated, and the URL, hence Next's cache key, differs per
 * language.
 */
export async function storeGet<T>(
  path: `/store/${string}`,
  query: Record<string, unknown>,
  tag: CacheTag,
  {
    revalidate = CATALOG_REVALIDATE_SECONDS,
    locale,
  }: { revalidate?: number; locale?: string } = {},
): Promise<T> {
  if (!publishableKey) {
    throw new CatalogUnavailableError("missing-publishable-key")
  }

  // Outside the try: Next's own signals (a page turning dynamic) must pass through.
  const pageLocale = contentLocale(locale ?? (await getLocale()))
  try {
    return await sdk.client.fetch<T>(path, {
      method: "GET",
      query: { ...query, locale: pageLocale },
      next: { tags: [tag], revalidate },
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

type StoreRequest = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, unknown>
  body?: Record<string, unknown>
}

/**
 * A read or write of one buyer's own data (cart, order): never cached, and sent with the
 * buyer's login when there is one so Medusa ties the cart to the customer.
 */
export async function storeRequest<T>(
  path: `/store/${string}`,
  { method = "GET", query, body }: StoreRequest = {},
): Promise<T> {
  if (!publishableKey) {
    throw new CatalogUnavailableError("missing-publishable-key")
  }
  return sdk.client.fetch<T>(path, {
    method,
    query,
    body,
    headers: await getAuthHeaders(),
    cache: "no-store",
  })
}

export function isStoreError(error: unknown, status: number): boolean {
  return error instanceof FetchError && error.status === status
}

/** Medusa's own message for a refused request, for logs and the buyer's error details. */
export function storeErrorMessage(error: unknown): string | undefined {
  return error instanceof FetchError && (error.status ?? 500) < 500
    ? error.message
    : undefined
}

/** The backend's message when a GET through storeGet was refused with a 400, else null. */
export function refusalMessage(error: unknown): string | null {
  return error instanceof CatalogUnavailableError && isStoreError(error.cause, 400)
    ? (storeErrorMessage(error.cause) ?? "")
    : null
}
