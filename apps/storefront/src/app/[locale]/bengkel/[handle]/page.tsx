import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"

import { routing } from "@/i18n/routing"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getWorkshop, listProductCards } from "@/lib/data/facilities"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { WorkshopTemplate } from "@/modules/facilities/templates/workshop-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const workshop = await loadCatalog(() => getWorkshop(handle))
  if (!workshop.ok || !workshop.data) {
    return {}
  }
  return {
    title: workshop.data.name,
    description: (workshop.data.story ?? workshop.data.craft_type).slice(0, 160),
  }
}

export default async function WorkshopPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)

  const workshop = await loadCatalog(() => getWorkshop(handle))
  if (!workshop.ok) {
    return <CatalogUnavailable reason={workshop.reason} />
  }
  if (!workshop.data) {
    notFound()
  }
  const found = workshop.data
  const products = await loadCatalog(() =>
    listProductCards(found.products.map((product) => product.id)),
  )
  return <WorkshopTemplate workshop={found} products={products} />
}
