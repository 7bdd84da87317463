import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { routing } from "@/i18n/routing"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getImpact, listFacilities } from "@/lib/data/facilities"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { FacilityListTemplate } from "@/modules/facilities/templates/facility-list-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "facilities.list" })
  return { title: t("metaTitle"), description: t("metaDescription") }
}

export default async function FacilitiesPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  // Rendered per request so `next build` never needs the backend.
  await connection()

  const [facilities, impact] = await Promise.all([
    loadCatalog(listFacilities),
    loadCatalog(getImpact),
  ])
  if (!facilities.ok) {
    return <CatalogUnavailable reason={facilities.reason} />
  }
  return (
    <FacilityListTemplate
      facilities={facilities.data}
      impact={impact.ok ? impact.data : null}
    />
  )
}
