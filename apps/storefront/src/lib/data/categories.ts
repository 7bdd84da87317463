import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { CACHE_TAGS, storeGet } from "@/lib/data/store-api"

export const listCategories = cache(
  async (): Promise<HttpTypes.StoreProductCategory[]> => {
    const { product_categories } =
      await storeGet<HttpTypes.StoreProductCategoryListResponse>(
        "/store/product-categories",
        { fields: "id,name,handle,description,rank", order: "rank", limit: 100 },
        CACHE_TAGS.categories,
      )
    return product_categories
  },
)

export async function getCategoryByHandle(
  handle: string,
): Promise<HttpTypes.StoreProductCategory | null> {
  const categories = await listCategories()
  return categories.find((category) => category.handle === handle) ?? null
}

/** A Medusa collection by handle, or null; collections group products across categories. */
export const getCollectionByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreCollection | null> => {
    const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
      "/store/collections",
      { handle, fields: "id,title,handle", limit: 1 },
      CACHE_TAGS.collections,
    )
    return collections[0] ?? null
  },
)
