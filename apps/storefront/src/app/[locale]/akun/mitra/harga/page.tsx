import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"

import { getPathname, redirect } from "@/i18n/navigation"
import { listPartnerPrices, type PartnerPriceList } from "@/lib/data/partner"
import { isStoreError } from "@/lib/data/store-api"
import { AccountShell } from "@/modules/account/components/account-shell"
import { requirePartnerShop } from "@/modules/partner/require-partner"
import { PartnerPricesTemplate } from "@/modules/partner/templates/partner-prices-template"
import {
  PRICES_PATH,
  PRICES_PER_PAGE,
  type PriceListParams,
  priceListHref,
  readPriceListParams,
} from "@/modules/partner/util/price-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "partner.meta" })
  return { title: t("prices") }
}

/** The list, or null when the backend could not answer; a shop no longer active goes back. */
async function priceListOrNone(
  { q, page }: PriceListParams,
  locale: string,
): Promise<PartnerPriceList | null> {
  try {
    return await listPartnerPrices({
      q,
      limit: PRICES_PER_PAGE,
      offset: (page - 1) * PRICES_PER_PAGE,
    })
  } catch (error) {
    unstable_rethrow(error)
    if (isStoreError(error, 403)) {
      return redirect({ href: "/akun/mitra", locale })
    }
    console.error("[storefront] reading the partner price list failed:", error)
    return null
  }
}

export default async function PartnerPricesPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const listParams = readPriceListParams(query)
  await requirePartnerShop(priceListHref(listParams))
  const [t, list] = await Promise.all([
    getTranslations("partner.prices"),
    priceListOrNone(listParams, locale),
  ])
  return (
    <AccountShell current="partner" nested heading={t("heading")}>
      <PartnerPricesTemplate
        list={list}
        params={listParams}
        searchAction={getPathname({ href: PRICES_PATH, locale })}
      />
    </AccountShell>
  )
}
