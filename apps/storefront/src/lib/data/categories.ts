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
