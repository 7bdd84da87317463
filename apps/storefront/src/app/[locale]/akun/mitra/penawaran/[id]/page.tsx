import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound, unstable_rethrow } from "next/navigation"

import { Link } from "@/i18n/navigation"
import {
  type Invoice,
  listInvoices,
  type Quote,
  retrieveQuote,
} from "@/lib/data/partner-documents"
import { AccountShell } from "@/modules/account/components/account-shell"
import { requirePartnerShop } from "@/modules/partner/require-partner"
import styles from "@/modules/partner-documents/components/partner-documents.module.css"
import { QuoteTemplate } from "@/modules/partner-documents/templates/quote-template"

// What the Server Actions report back after redirecting here.
const NOTICES = ["terkirim", "diterima", "ditolak"] as const

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "quotes.meta" })
  return { title: t("quote") }
}

/** The invoice only adds its due date to the page; the quote stands without it. */
async function orderInvoiceOrNone(quote: Quote): Promise<Invoice | null> {
  if (!quote.order_id) {
    return null
  }
  try {
    const [invoice] = await listInvoices(quote.order_id)
    return invoice ?? null
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading a quote's invoice failed:", error)
    return null
  }
}

export default async function QuotePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  await requirePartnerShop(`/akun/mitra/penawaran/${encodeURIComponent(id)}`)
  const quote = await retrieveQuote(id)
  if (!quote) {
    notFound()
  }
  const [t, tLinks, invoice] = await Promise.all([
    getTranslations("quotes"),
    getTranslations("quotes.links"),
    orderInvoiceOrNone(quote),
  ])
  const notice = NOTICES.find((known) => known === query.status)

  return (
    <AccountShell current="partner" nested heading={t("detail.heading")}>
      <div role="status">
        {notice && <p className={styles.notice}>{t(`notices.${notice}`)}</p>}
      </div>
      <QuoteTemplate quote={quote} invoice={invoice} now={new Date()} />
      <ul className={styles.links}>
        <li>
          <Link href="/akun/mitra/penawaran">{tLinks("allQuotes")}</Link>
        </li>
        <li>
          <Link href="/akun/mitra">{tLinks("partner")}</Link>
        </li>
      </ul>
    </AccountShell>
  )
}
