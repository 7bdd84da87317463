import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { getCollectionByHandle } from "@/lib/data/categories"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { listProducts } from "@/lib/data/products"
import { pageOfProducts, toCatalogProduct } from "@/lib/util/product-catalog"
import {
  collectionHref,
  parseProductListParams,
  PRODUCTS_PER_PAGE,
  type SearchParams,
} from "@/lib/util/product-list-params"
import {
  ProductListingTemplate,
  ProductListingUnavailable,
} from "@/modules/products/templates/product-listing-template"

/**
 * `/store/catalog` cannot narrow to a collection, so a collection is read whole and
 * filtered here; collections are hand-picked sets far smaller than this.
 */
const MAX_COLLECTION_SIZE = 200

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const collection = await loadCatalog(() => getCollectionByHandle(handle))
  return collection.ok && collection.data ? { title: collection.data.title } : {}
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { handle } = await params
  const t = await getTranslations("products.listing")
  const collection = await loadCatalog(() => getCollectionByHandle(handle))
  if (!collection.ok) {
    return (
      <ProductListingUnavailable title={t("collection")} reason={collection.reason} />
    )
  }
  if (!collection.data) {
    notFound()
  }
  const { id, title } = collection.data

  const listParams = parseProductListParams(await searchParams)
  const products = await loadCatalog(() =>
    listProducts({ limit: MAX_COLLECTION_SIZE, collectionId: id }),
  )
  if (!products.ok) {
    return <ProductListingUnavailable title={title} reason={products.reason} />
  }
  const now = new Date()
  const catalog = pageOfProducts(
    products.data.products.map((product) => toCatalogProduct(product, now)),
    listParams,
    PRODUCTS_PER_PAGE,
  )

  return (
    <ProductListingTemplate
      scope={{
        pathname: collectionHref(collection.data.handle),
        title,
        eyebrow: t("collection"),
        withBreadcrumb: true,
        showCategoryFilter: true,
      }}
      params={listParams}
      catalog={catalog}
    />
  )
}
