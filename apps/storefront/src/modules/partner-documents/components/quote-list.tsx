import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Quote } from "@/lib/data/partner-documents"
import { formatRupiah } from "@/lib/money"
import { quoteStanding, quoteUnitCount } from "@/modules/partner-documents/util/documents"

import { jakartaDates } from "./jakarta-dates"
import styles from "./partner-documents.module.css"
import { QuoteStatus } from "./quote-status"

/** The shop's quotes as cards, each leading to its details and conversation. */
export async function QuoteList({ quotes, now }: { quotes: Quote[]; now: Date }) {
  const [t, dates] = await Promise.all([getTranslations("quotes.list"), jakartaDates()])
  return (
    <ul className={styles.cards} data-testid="quote-list">
      {quotes.map((quote) => {
        const [first] = quote.items
        return (
          <li key={quote.id} className={styles.card}>
            <h3>
              <Link href={`/akun/mitra/penawaran/${quote.id}`}>
                {t("summary", {
                  title: first?.product_title ?? "",
                  others: Math.max(0, quote.items.length - 1),
                })}
              </Link>
            </h3>
            <p className={styles.muted}>
              {t("requestedOn", { date: dates.date(quote.created_at) })} ·{" "}
              {t("itemCount", {
                count: quote.items.length,
                units: quoteUnitCount(quote),
              })}
            </p>
            <QuoteStatus standing={quoteStanding(quote, now)} />
            {(quote.total !== null || quote.lead_time_days !== null) && (
              <dl className={styles.facts}>
                {quote.total !== null && (
                  <div>
                    <dt>{t("total")}</dt>
                    <dd className={styles.money}>{formatRupiah(quote.total)}</dd>
                  </div>
                )}
                {quote.lead_time_days !== null && (
                  <div>
                    <dt>{t("leadTime")}</dt>
                    <dd>{t("leadTimeDays", { days: quote.lead_time_days })}</dd>
                  </div>
                )}
                {quote.status === "answered" && quote.valid_until && (
                  <div>
                    <dt>{t("validUntil")}</dt>
                    <dd>{dates.date(quote.valid_until)}</dd>
                  </div>
                )}
              </dl>
            )}
          </li>
        )
      })}
    </ul>
  )
}
