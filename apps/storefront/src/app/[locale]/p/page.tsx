import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"

import { redirect } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import { normalizeBatchCode } from "@/lib/util/provenance"
import { ProvenanceLookupTemplate } from "@/modules/provenance/templates/provenance-lookup-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "provenance.lookup" })
  return { title: t("metaTitle") }
}

/** Where the code form lands: a readable code goes on to its batch page. */
export default async function ProvenanceLookupPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  const { kode } = await searchParams
  const typed = (Array.isArray(kode) ? kode[0] : kode)?.trim()
  const code = typed ? normalizeBatchCode(typed) : null
  if (code) {
    redirect({ href: `/p/${code}`, locale })
  }
  return (
    <ProvenanceLookupTemplate locale={locale} typed={typed} invalid={Boolean(typed)} />
  )
}
