import "server-only"

import { cache } from "react"

import { CACHE_TAGS, refusalMessage, storeGet } from "@/lib/data/store-api"
import type { CatalogPage } from "@/lib/util/product-catalog"
import {
  catalogQuery,
  type ProductListParams,
  PRODUCTS_PER_PAGE,
  withoutRefused,
} from "@/lib/util/product-list-params"

/** A catalog page and the params it was read with. */
export type ListedCatalog = { catalog: CatalogPage; params: ProductListParams }

/**
 * One page of the catalog with its facets. The storefront sends only well-formed values,
 * but the backend still refuses a handle it does not know (a facility that closed, in
 * an old shared link). The buyer then gets the listing without the values the refusal
 * names, or failing that the scope's first unfiltered page, instead of an error.
 * `scope` holds what the page itself stands for and is always sent.
 */
export async function listCatalog(
  params: ProductListParams,
  scope: Partial<ProductListParams> = {},
): Promise<ListedCatalog> {
  const read = async (sent: ProductListParams) => ({
    catalog: await readCatalog({ ...sent, ...scope }),
    params: sent,
  })
  try {
    return await read(params)
  } catch (error) {
    const message = refusalMessage(error)
    if (message === null) {
      throw error
    }
    const narrower = withoutRefused(params, message)
    if (narrower) {
      try {
        return await read(narrower)
      } catch (retryError) {
        if (refusalMessage(retryError) === null) {
          throw retryError
        }
      }
    }
    return read({ sort: params.sort, page: 1 })
  }
}

function readCatalog(params: ProductListParams): Promise<CatalogPage> {
  return storeGet<CatalogPage>(
    "/store/catalog",
    catalogQuery(params, PRODUCTS_PER_PAGE),
    CACHE_TAGS.products,
  )
}

/** A workshop as the home page introduces it: aggregate figures only, never a maker. */
export type WorkshopSummary = {
  handle: string
  name: string
  craft_type: string
  story: string | null
  maker_count: number
  facility: { handle: string; name: string; city: string; province: string }
}

export const listWorkshops = cache(async (limit: number): Promise<WorkshopSummary[]> => {
  const { workshops } = await storeGet<{ workshops: WorkshopSummary[] }>(
    "/store/workshops",
    { limit },
    CACHE_TAGS.workshops,
  )
  return workshops
})
