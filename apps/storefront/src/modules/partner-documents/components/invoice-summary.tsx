import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Invoice } from "@/lib/data/partner-documents"
import { formatRupiah } from "@/lib/money"
import {
  type InvoiceStanding,
  invoiceStanding,
} from "@/modules/partner-documents/util/documents"

import { jakartaDates } from "./jakarta-dates"
import styles from "./partner-documents.module.css"
import { type BadgeTone, StatusBadge } from "./status-badge"

const TONES: Record<InvoiceStanding, BadgeTone> = {
  unpaid: "action",
  overdue: "bad",
  paid: "good",
  canceled: "neutral",
}

/** An invoice's number, money, dates and where it stands. */
export async function InvoiceSummary({
  invoice,
  now,
  shownOn,
}: {
  invoice: Invoice
  now: Date
  /** An order's page needs no link to the order; a list names each invoice in its heading. */
  shownOn: "order" | "list"
}) {
  const [t, dates] = await Promise.all([
    getTranslations("quotes.invoice"),
    jakartaDates(),
  ])
  const standing = invoiceStanding(invoice, now)
  return (
    <dl className={styles.facts}>
      {shownOn === "order" && (
        <div>
          <dt>{t("number")}</dt>
          <dd className={styles.mono}>{invoice.number}</dd>
        </div>
      )}
      <div>
        <dt>{t("status.label")}</dt>
        <dd>
          <StatusBadge tone={TONES[standing]}>{t(`status.${standing}`)}</StatusBadge>
        </dd>
      </div>
      {shownOn === "list" && (
        <div>
          <dt>{t("order")}</dt>
          <dd>
            <Link href={`/akun/pesanan/${invoice.order_id}`}>
              {t("orderNumber", { number: String(invoice.order_display_id) })}
            </Link>
          </dd>
        </div>
      )}
      <div>
        <dt>{t("amount")}</dt>
        <dd className={styles.money}>{formatRupiah(invoice.amount)}</dd>
      </div>
      <div>
        <dt>{t("issuedAt")}</dt>
        <dd>{dates.date(invoice.issued_at)}</dd>
      </div>
      <div>
        <dt>{t("dueAt")}</dt>
        <dd>{invoice.due_at ? dates.date(invoice.due_at) : t("paidUpFront")}</dd>
      </div>
      {invoice.terms_days !== null && (
        <div>
          <dt>{t("terms")}</dt>
          <dd>{t("termsDays", { days: invoice.terms_days })}</dd>
        </div>
      )}
      {invoice.paid_at && (
        <div>
          <dt>{t("paidAt")}</dt>
          <dd>{dates.date(invoice.paid_at)}</dd>
        </div>
      )}
    </dl>
  )
}
