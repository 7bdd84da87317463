import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"

import { routing } from "@/i18n/routing"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getProvenance } from "@/lib/data/provenance"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { ProvenanceTemplate } from "@/modules/provenance/templates/provenance-template"

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  const provenance = await loadCatalog(() => getProvenance(code))
  if (!hasLocale(routing.locales, locale) || !provenance.ok || !provenance.data) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "provenance" })
  const { product, workshop, facility } = provenance.data
  return {
    title: t("metaTitle", { product: product.title }),
    description: t("metaDescription", {
      product: product.title,
      workshop: workshop.name,
      facility: facility.name,
    }),
    // One page per printed batch: useful on the label, noise in search results.
    robots: { index: false, follow: true },
  }
}

export default async function ProvenancePage({ params }: Props) {
  const { locale, code } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  const provenance = await loadCatalog(() => getProvenance(code))
  if (!provenance.ok) {
    return <CatalogUnavailable reason={provenance.reason} />
  }
  if (!provenance.data) {
    notFound()
  }
  return (
    <ProvenanceTemplate provenance={provenance.data} locale={locale} now={new Date()} />
  )
}
