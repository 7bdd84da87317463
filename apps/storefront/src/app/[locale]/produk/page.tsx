import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { listCatalog } from "@/lib/data/catalog"
import { listCategories } from "@/lib/data/categories"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { parseProductListParams, type SearchParams } from "@/lib/util/product-list-params"
import {
  ProductListingTemplate,
  ProductListingUnavailable,
} from "@/modules/products/templates/product-listing-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "products.listing" })
  return { title: t("metaTitle"), description: t("allDescription") }
}

export default async function ProductsPage({ searchParams }: Props) {
  const t = await getTranslations("products.listing")
  const requested = parseProductListParams(await searchParams)

  const categories = await loadCatalog(listCategories)
  if (!categories.ok) {
    return <ProductListingUnavailable title={t("allTitle")} reason={categories.reason} />
  }
  // An unknown category in a shared link falls back to all products.
  const category = categories.data.find((c) => c.handle === requested.category)
  const listParams = { ...requested, category: category?.handle }

  const listed = await loadCatalog(() => listCatalog(listParams))
  if (!listed.ok) {
    return <ProductListingUnavailable title={t("allTitle")} reason={listed.reason} />
  }

  return (
    <ProductListingTemplate
      scope={{
        pathname: "/produk",
        title: category?.name ?? t("allTitle"),
        description: category ? category.description : t("allDescription"),
        withBreadcrumb: Boolean(category),
        showCategoryFilter: true,
      }}
      params={listed.data.params}
      catalog={listed.data.catalog}
    />
  )
}
