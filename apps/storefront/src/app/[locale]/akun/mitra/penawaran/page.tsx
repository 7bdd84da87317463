import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { listQuotes } from "@/lib/data/partner-documents"
import { AccountShell } from "@/modules/account/components/account-shell"
import { requirePartnerShop } from "@/modules/partner/require-partner"
import styles from "@/modules/partner-documents/components/partner-documents.module.css"
import { QuoteFormMessages } from "@/modules/partner-documents/components/quote-form-messages"
import { QuoteList } from "@/modules/partner-documents/components/quote-list"
import { QuoteRequestForm } from "@/modules/partner-documents/components/quote-request-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "quotes.meta" })
  return { title: t("quotes") }
}

export default async function QuotesPage() {
  await requirePartnerShop("/akun/mitra/penawaran")
  const [t, tLinks, quotes] = await Promise.all([
    getTranslations("quotes.list"),
    getTranslations("quotes.links"),
    listQuotes(),
  ])

  return (
    <AccountShell current="partner" nested heading={t("heading")}>
      <p className={styles.muted}>{t("intro")}</p>

      <section aria-labelledby="penawaran-daftar" className={styles.section}>
        <h2 id="penawaran-daftar">{t("listHeading")}</h2>
        {quotes.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <QuoteList quotes={quotes} now={new Date()} />
        )}
      </section>

      <section aria-labelledby="penawaran-baru" className={styles.box}>
        <h2 id="penawaran-baru">{t("newHeading")}</h2>
        <p className={styles.muted}>{t("newIntro")}</p>
        <QuoteFormMessages>
          <QuoteRequestForm />
        </QuoteFormMessages>
      </section>

      <ul className={styles.links}>
        <li>
          <Link href="/akun/mitra/tagihan">{tLinks("invoices")}</Link>
        </li>
        <li>
          <Link href="/akun/mitra">{tLinks("partner")}</Link>
        </li>
      </ul>
    </AccountShell>
  )
}
