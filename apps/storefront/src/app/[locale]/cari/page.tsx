import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { searchProducts } from "@/lib/data/search"
import type { SearchParams } from "@/lib/util/product-list-params"
import { parseSearchParams } from "@/lib/util/search-params"
import { SearchUnavailable } from "@/modules/search/components/search-unavailable"
import { SearchResultsTemplate } from "@/modules/search/templates/search-results-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({
  params,
  searchParams,
}: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "search" })
  return {
    title: q ? t("metaTitleQuery", { q }) : t("metaTitle"),
    // Endless, short-lived result pages are no page to index; the products they link are.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const requested = parseSearchParams(await searchParams)
  const searched = await loadCatalog(() => searchProducts(requested))
  if (!searched.ok) {
    return <SearchUnavailable query={requested.q} />
  }
  return (
    <SearchResultsTemplate params={searched.data.params} result={searched.data.result} />
  )
}
