import { getTranslations } from "next-intl/server"

import type { Invoice } from "@/lib/data/partner-documents"
import { formatRupiah } from "@/lib/money"
import { invoiceStanding } from "@/modules/partner-documents/util/documents"

import { InvoiceSummary } from "./invoice-summary"
import styles from "./partner-documents.module.css"
import { TaxDetails } from "./tax-details"

/** The shop's invoices, newest first, overdue ones marked out and counted up top. */
export async function InvoiceList({ invoices, now }: { invoices: Invoice[]; now: Date }) {
  const t = await getTranslations("quotes.invoices")
  const overdue = invoices.filter(
    (invoice) => invoiceStanding(invoice, now) === "overdue",
  )
  const overdueAmount = overdue.reduce((sum, invoice) => sum + invoice.amount, 0)

  if (invoices.length === 0) {
    return <p>{t("empty")}</p>
  }
  return (
    <>
      {overdue.length > 0 && (
        <p className={`${styles.box} ${styles.overdue}`}>
          {t("overdueSummary", {
            count: overdue.length,
            amount: formatRupiah(overdueAmount),
          })}
        </p>
      )}
      <ul className={styles.cards} aria-label={t("listLabel")} data-testid="invoice-list">
        {invoices.map((invoice) => {
          const late = overdue.includes(invoice)
          return (
            <li
              key={invoice.id}
              className={late ? `${styles.card} ${styles.overdue}` : styles.card}
            >
              <h2 className={styles.mono}>{invoice.number}</h2>
              <InvoiceSummary invoice={invoice} now={now} shownOn="list" />
              <TaxDetails invoice={invoice} headingId={`tax-${invoice.id}`} />
            </li>
          )
        })}
      </ul>
    </>
  )
}
