import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { STORE_COUNTRY_CODE } from "@/lib/config"
import { getStoreRegion } from "@/lib/data/regions"
import { CACHE_TAGS, storeGet } from "@/lib/data/store-api"
import type { StoreProductWithProvenance } from "@/lib/util/product-catalog"

// Public provenance and quality fields; the backend's allow list in
// src/api/store/products/middlewares.ts decides which of them it answers. Every field
// carries "+": one without it would replace Medusa's default fields instead of adding.
const WORKSHOP_CARD_FIELDS = [
  "+workshop.handle",
  "+workshop.name",
  "+workshop.facility.handle",
  "+workshop.facility.name",
]

const CARD_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  ...WORKSHOP_CARD_FIELDS,
  "+product_quality.certificates",
].join(",")

const PAGE_FIELDS = [
  CARD_FIELDS,
  "*images",
  "+metadata",
  "+weight",
  "+material",
  "+length",
  "+width",
  "+height",
  "+workshop.craft_type",
  "+workshop.maker_count",
  "+workshop.facility.city",
  "+workshop.facility.province",
  "+workshop.facility.makers_share_bps",
  "+product_quality.standard_name",
  "+product_quality.standard_met",
  "+product_quality.last_inspection_at",
  "+product_quality.last_inspection_passed",
].join(",")

type ProductList = {
  products: StoreProductWithProvenance[]
  count: number
}

/** Newest first, optionally of one collection. */
export async function listProducts({
  limit,
  collectionId,
}: {
  limit: number
  collectionId?: string
}): Promise<ProductList> {
  const region = await getStoreRegion()
  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      fields: CARD_FIELDS,
      // country_code lets Medusa add tax to calculated_price for the region's tax rules
      region_id: region.id,
      country_code: STORE_COUNTRY_CODE,
      collection_id: collectionId ? [collectionId] : undefined,
      // Medusa ids are time-ordered ULIDs: "-id" is newest first without ties, so pages stay stable
      order: "-id",
      limit,
    },
    CACHE_TAGS.products,
  )
  return { products, count }
}

/** One published product by its handle, or null; cached per request for page and metadata. */
export const getProductByHandle = cache(
  async (handle: string): Promise<StoreProductWithProvenance | null> => {
    const region = await getStoreRegion()
    const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      {
        handle,
        fields: PAGE_FIELDS,
        region_id: region.id,
        country_code: STORE_COUNTRY_CODE,
        limit: 1,
      },
      CACHE_TAGS.products,
    )
    return products[0] ?? null
  },
)
