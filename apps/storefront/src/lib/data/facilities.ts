import "server-only"

import { cache } from "react"

import { STORE_COUNTRY_CODE } from "@/lib/config"
import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { getStoreRegion } from "@/lib/data/regions"
import { CACHE_TAGS, isStoreError, storeGet } from "@/lib/data/store-api"
import {
  type CatalogProduct,
  type StoreProductWithProvenance,
  toCatalogProduct,
} from "@/lib/util/product-catalog"

/** A workshop as a facility lists it: aggregate figures only, never a maker. */
export type FacilityWorkshop = {
  id: string
  handle: string
  name: string
  craft_type: string
  maker_count: number
  training_hours: number
}

export type Facility = {
  id: string
  handle: string
  name: string
  city: string
  province: string
  story: string | null
  workshops: FacilityWorkshop[]
}

export type Workshop = FacilityWorkshop & {
  story: string | null
  photo_urls: string[]
  facility: { handle: string; name: string; city: string; province: string }
  /** The published products it makes, without prices. */
  products: { id: string; handle: string; title: string }[]
}

/** Totals of the impact ledger, net of refunds and cancellations. */
export type ImpactFigures = {
  units_sold: number
  sales_amount: number
  makers_amount: number
  active_workshops: number
}

export type FacilityImpact = ImpactFigures & { handle: string; name: string }

export type Impact = ImpactFigures & { facilities: FacilityImpact[] }

// The backend allows at most 100 per page; there are far fewer facilities than that.
const FACILITY_PAGE_SIZE = 100

// What a catalog card shows, from the public fields `/store/products` allows. Listed
// in full: a plain relation field in `fields` replaces Medusa's default selection.
const PRODUCT_CARD_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "workshop.handle",
  "workshop.name",
  "workshop.facility.handle",
  "workshop.facility.name",
  "product_quality.certificates",
].join(",")

/** A detail read that answers null when the backend says 404 for the handle. */
async function orNullIfMissing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof CatalogUnavailableError && isStoreError(error.cause, 404)) {
      return null
    }
    throw error
  }
}

export const listFacilities = cache(async (): Promise<Facility[]> => {
  const { facilities } = await storeGet<{ facilities: Facility[] }>(
    "/store/facilities",
    { limit: FACILITY_PAGE_SIZE },
    CACHE_TAGS.facilities,
  )
  return facilities
})

export const getFacility = cache(
  (handle: string): Promise<Facility | null> =>
    orNullIfMissing(async () => {
      const { facility } = await storeGet<{ facility: Facility }>(
        `/store/facilities/${encodeURIComponent(handle)}`,
        {},
        CACHE_TAGS.facilities,
      )
      return facility
    }),
)

export const getWorkshop = cache(
  (handle: string): Promise<Workshop | null> =>
    orNullIfMissing(async () => {
      const { workshop } = await storeGet<{ workshop: Workshop }>(
        `/store/workshops/${encodeURIComponent(handle)}`,
        {},
        CACHE_TAGS.workshops,
      )
      return workshop
    }),
)

export const getImpact = cache(async (): Promise<Impact> => {
  const { impact } = await storeGet<{ impact: Impact }>(
    "/store/impact",
    {},
    CACHE_TAGS.impact,
  )
  return impact
})

/**
 * Catalog cards of the given products: the workshop routes name a workshop's products
 * but carry no prices, and `/store/products` cannot filter by workshop.
 */
export async function listProductCards(ids: string[]): Promise<CatalogProduct[]> {
  if (ids.length === 0) {
    return []
  }
  const region = await getStoreRegion()
  const { products } = await storeGet<{ products: StoreProductWithProvenance[] }>(
    "/store/products",
    {
      id: ids,
      fields: PRODUCT_CARD_FIELDS,
      region_id: region.id,
      // country_code lets Medusa add tax to calculated_price for the region's tax rules
      country_code: STORE_COUNTRY_CODE,
      order: "title",
      limit: ids.length,
    },
    CACHE_TAGS.products,
  )
  const now = new Date()
  return products.map((product) => toCatalogProduct(product, now))
}

/** Everything the facility's workshops make, found through each workshop's route. */
export async function listFacilityProductCards(
  facility: Facility,
): Promise<CatalogProduct[]> {
  const workshops = await Promise.all(
    facility.workshops.map((workshop) => getWorkshop(workshop.handle)),
  )
  const ids = workshops.flatMap((workshop) =>
    (workshop?.products ?? []).map((product) => product.id),
  )
  return listProductCards([...new Set(ids)])
}
