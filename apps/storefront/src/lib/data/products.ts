import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { STORE_COUNTRY_CODE } from "@/lib/config"
import { getStoreRegion } from "@/lib/data/regions"
import { CACHE_TAGS, storeGet } from "@/lib/data/store-api"

const PRODUCT_CARD_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*categories"

const PRODUCT_PAGE_FIELDS = `${PRODUCT_CARD_FIELDS},*images`

export type ProductPage = {
  products: HttpTypes.StoreProduct[]
  count: number
}

export async function listProducts({
  limit,
  offset = 0,
  categoryId,
}: {
  limit: number
  offset?: number
  categoryId?: string
}): Promise<ProductPage> {
  const region = await getStoreRegion()

  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      fields: PRODUCT_CARD_FIELDS,
      // country_code lets Medusa add tax to calculated_price for the region's tax rules
      region_id: region.id,
      country_code: STORE_COUNTRY_CODE,
      category_id: categoryId ? [categoryId] : undefined,
      // Medusa ids are time-ordered ULIDs: "-id" is newest first without ties, so pages stay stable
      order: "-id",
      limit,
      offset,
    },
    CACHE_TAGS.products,
  )

  return { products, count }
}

/** One published product by its handle, or null; cached per request for page and metadata. */
export const getProductByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreProduct | null> => {
    const region = await getStoreRegion()
    const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      {
        handle,
        fields: PRODUCT_PAGE_FIELDS,
        region_id: region.id,
        country_code: STORE_COUNTRY_CODE,
        limit: 1,
      },
      CACHE_TAGS.products,
    )
    return products[0] ?? null
  },
)
