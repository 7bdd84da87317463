import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { listCatalog } from "@/lib/data/catalog"
import { getCategoryByHandle } from "@/lib/data/categories"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import {
  categoryHref,
  parseProductListParams,
  type SearchParams,
} from "@/lib/util/product-list-params"
import {
  ProductListingTemplate,
  ProductListingUnavailable,
} from "@/modules/products/templates/product-listing-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const category = await loadCatalog(() => getCategoryByHandle(handle))
  if (!category.ok || !category.data) {
    return {}
  }
  return {
    title: category.data.name,
    description: category.data.description || undefined,
  }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { handle } = await params
  const t = await getTranslations("products.listing")
  const category = await loadCatalog(() => getCategoryByHandle(handle))
  if (!category.ok) {
    return <ProductListingUnavailable title={t("allTitle")} reason={category.reason} />
  }
  if (!category.data) {
    notFound()
  }

  // The path names the category; a `kategori` in the query has no say here.
  const listParams = {
    ...parseProductListParams(await searchParams),
    category: undefined,
  }
  const scope = { category: category.data.handle }
  const listed = await loadCatalog(() => listCatalog(listParams, scope))
  if (!listed.ok) {
    return <ProductListingUnavailable title={category.data.name} reason={listed.reason} />
  }

  return (
    <ProductListingTemplate
      scope={{
        pathname: categoryHref(category.data.handle),
        title: category.data.name,
        description: category.data.description,
        withBreadcrumb: true,
        showCategoryFilter: false,
      }}
      params={listed.data.params}
      catalog={listed.data.catalog}
    />
  )
}
