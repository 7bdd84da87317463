import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { listCategories } from "@/lib/data/categories"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, parseProductListParams } from "@/lib/util/product-list-params"
import {
  ProductListingTemplate,
  ProductListingUnavailable,
} from "@/modules/products/templates/product-listing-template"

export const metadata: Metadata = {
  title: "Produk",
}

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function ProductsPage({ searchParams }: Props) {
  const { category: categoryHandle, page } = parseProductListParams(await searchParams)

  const categories = await loadCatalog(listCategories)
  if (!categories.ok) {
    return <ProductListingUnavailable reason={categories.reason} />
  }

  const activeCategory = categoryHandle
    ? categories.data.find((category) => category.handle === categoryHandle)
    : undefined
  if (categoryHandle && !activeCategory) {
    notFound()
  }

  const listing = await loadCatalog(() =>
    listProducts({
      limit: PRODUCTS_PER_PAGE,
      offset: (page - 1) * PRODUCTS_PER_PAGE,
      categoryId: activeCategory?.id,
    }),
  )
  if (!listing.ok) {
    return <ProductListingUnavailable reason={listing.reason} />
  }

  return (
    <ProductListingTemplate
      products={listing.data.products}
      count={listing.data.count}
      page={page}
      pageSize={PRODUCTS_PER_PAGE}
      categories={categories.data}
      activeCategory={activeCategory}
    />
  )
}
