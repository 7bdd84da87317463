import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getProductByHandle } from "@/lib/data/products"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await loadCatalog(() => getProductByHandle(handle))
  if (!product.ok || !product.data) {
    return {}
  }
  return {
    title: product.data.title,
    description: product.data.subtitle ?? product.data.description?.slice(0, 160),
  }
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const product = await loadCatalog(() => getProductByHandle(handle))
  if (!product.ok) {
    return <CatalogUnavailable reason={product.reason} />
  }
  if (!product.data) {
    notFound()
  }
  return <ProductTemplate product={product.data} now={new Date()} />
}
