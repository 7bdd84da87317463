import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"

import { routing } from "@/i18n/routing"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getFacility, getImpact, listFacilityProductCards } from "@/lib/data/facilities"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { FacilityTemplate } from "@/modules/facilities/templates/facility-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const facility = await loadCatalog(() => getFacility(handle))
  if (!facility.ok || !facility.data) {
    return {}
  }
  return {
    title: facility.data.name,
    description: facility.data.story?.slice(0, 160),
  }
}

export default async function FacilityPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)

  const facility = await loadCatalog(() => getFacility(handle))
  if (!facility.ok) {
    return <CatalogUnavailable reason={facility.reason} />
  }
  if (!facility.data) {
    notFound()
  }
  const found = facility.data
  const [impact, products] = await Promise.all([
    loadCatalog(getImpact),
    loadCatalog(() => listFacilityProductCards(found)),
  ])
  const figures = impact.ok
    ? (impact.data.facilities.find((row) => row.handle === found.handle) ?? null)
    : null

  return <FacilityTemplate facility={found} figures={figures} products={products} />
}
