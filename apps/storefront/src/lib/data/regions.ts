import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { STORE_COUNTRY_CODE } from "@/lib/config"
import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { CACHE_TAGS, storeGet } from "@/lib/data/store-api"

/** The region that contains Indonesia; prices and taxes are calculated for it. */
export const getStoreRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>(
    "/store/regions",
    { fields: "id,name,currency_code,*countries", limit: 100 },
    CACHE_TAGS.regions,
  )

  const region = regions.find((candidate) =>
    candidate.countries?.some((country) => country.iso_2 === STORE_COUNTRY_CODE),
  )
  if (!region) {
    throw new CatalogUnavailableError("region-missing")
  }
  return region
})
