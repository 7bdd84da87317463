import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { listInvoices } from "@/lib/data/partner-documents"
import { AccountShell } from "@/modules/account/components/account-shell"
import { requirePartnerShop } from "@/modules/partner/require-partner"
import { InvoiceList } from "@/modules/partner-documents/components/invoice-list"
import styles from "@/modules/partner-documents/components/partner-documents.module.css"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "quotes.meta" })
  return { title: t("invoices") }
}

export default async function InvoicesPage() {
  await requirePartnerShop("/akun/mitra/tagihan")
  const [t, tLinks, invoices] = await Promise.all([
    getTranslations("quotes.invoices"),
    getTranslations("quotes.links"),
    listInvoices(),
  ])

  return (
    <AccountShell current="partner" nested heading={t("heading")}>
      <p className={styles.muted}>{t("intro")}</p>
      <InvoiceList invoices={invoices} now={new Date()} />
      <ul className={styles.links}>
        <li>
          <Link href="/akun/mitra/penawaran">{tLinks("quotes")}</Link>
        </li>
        <li>
          <Link href="/akun/mitra">{tLinks("partner")}</Link>
        </li>
      </ul>
    </AccountShell>
  )
}
