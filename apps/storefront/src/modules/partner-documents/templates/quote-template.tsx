import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Invoice, Quote } from "@/lib/data/partner-documents"
import { formatRupiah } from "@/lib/money"
import { jakartaDates } from "@/modules/partner-documents/components/jakarta-dates"
import styles from "@/modules/partner-documents/components/partner-documents.module.css"
import { QuoteDecision } from "@/modules/partner-documents/components/quote-decision"
import { QuoteFormMessages } from "@/modules/partner-documents/components/quote-form-messages"
import { QuoteMessageForm } from "@/modules/partner-documents/components/quote-message-form"
import { QuoteStatus } from "@/modules/partner-documents/components/quote-status"
import { QuoteThread } from "@/modules/partner-documents/components/quote-thread"
import {
  expectedReadyDate,
  quoteStanding,
} from "@/modules/partner-documents/util/documents"

type Props = {
  quote: Quote
  /** The invoice of the order an accepted quote became, when there is one. */
  invoice: Invoice | null
  now: Date
}

/** One quote: what was asked, what was answered, the conversation and the decision. */
export async function QuoteTemplate({ quote, invoice, now }: Props) {
  const [t, dates] = await Promise.all([getTranslations("quotes.detail"), jakartaDates()])
  const standing = quoteStanding(quote, now)
  const ready = expectedReadyDate(quote, now)
  const answered = quote.answered_at !== null

  // Both forms below run in the browser and share these strings.
  return (
    <QuoteFormMessages>
      <div className={styles.section}>
        <p className={styles.muted}>
          {t("requestedOn", { date: dates.date(quote.created_at) })}
        </p>
        <QuoteStatus standing={standing} />
        {standing === "requested" && <p>{t("awaitingAnswer")}</p>}
        {standing === "expired" && <p>{t("expired")}</p>}
      </div>

      {answered && (
        <section aria-labelledby="quote-facts" className={styles.box}>
          <h2 id="quote-facts">{t("factsHeading")}</h2>
          <dl className={styles.facts}>
            <div>
              <dt>{t("answeredOn")}</dt>
              <dd>{dates.date(quote.answered_at)}</dd>
            </div>
            {quote.valid_until && (
              <div>
                <dt>{t("validUntil")}</dt>
                <dd>{dates.date(quote.valid_until)}</dd>
              </div>
            )}
            {quote.lead_time_days !== null && (
              <div>
                <dt>{t("leadTime")}</dt>
                <dd>{t("leadTimeDays", { days: quote.lead_time_days })}</dd>
              </div>
            )}
            {ready && (standing === "accepted" || standing === "answered") && (
              <div>
                <dt>{t("expectedReady")}</dt>
                <dd>
                  {standing === "accepted"
                    ? dates.date(ready)
                    : t("expectedIfAccepted", { date: dates.date(ready) })}
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <section aria-labelledby="quote-items" className={styles.section}>
        <h2 id="quote-items">{t("itemsHeading")}</h2>
        {/* Focusable so keyboard users can scroll a table wider than the screen. */}
        <div
          className={styles.tableWrap}
          role="region"
          aria-labelledby="quote-items"
          tabIndex={0}
        >
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("columns.product")}</th>
                <th scope="col">{t("columns.sku")}</th>
                <th scope="col" className={styles.number}>
                  {t("columns.quantity")}
                </th>
                <th scope="col">{t("columns.note")}</th>
                <th scope="col" className={styles.number}>
                  {t("columns.unitPrice")}
                </th>
                <th scope="col" className={styles.number}>
                  {t("columns.lineTotal")}
                </th>
              </tr>
            </thead>
            <tbody>
              {quote.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.product_title}
                    {item.variant_title && (
                      <>
                        <br />
                        <span className={styles.muted}>{item.variant_title}</span>
                      </>
                    )}
                  </th>
                  <td className={styles.mono}>{item.sku ?? "–"}</td>
                  <td className={styles.number}>{item.quantity}</td>
                  <td>{item.note ?? ""}</td>
                  <td className={styles.number}>
                    {item.unit_price === null
                      ? t("noPrice")
                      : formatRupiah(item.unit_price)}
                  </td>
                  <td className={styles.number}>
                    {item.unit_price === null
                      ? "–"
                      : formatRupiah(item.unit_price * item.quantity)}
                  </td>
                </tr>
              ))}
            </tbody>
            {quote.total !== null && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    {t("total")}
                  </th>
                  <td className={styles.number}>{formatRupiah(quote.total)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </section>

      {quote.notes && (
        <section aria-labelledby="quote-notes-heading" className={styles.section}>
          <h2 id="quote-notes-heading">{t("notesHeading")}</h2>
          <p className={`${styles.message} ${styles.prewrap}`}>{quote.notes}</p>
        </section>
      )}

      {quote.status === "rejected" && (
        <section aria-labelledby="quote-rejected" className={styles.box}>
          <h2 id="quote-rejected">{t("rejectedHeading")}</h2>
          {quote.rejection_reason && (
            <p>{t("rejectionReason", { reason: quote.rejection_reason })}</p>
          )}
        </section>
      )}

      {quote.status === "accepted" && quote.order_id && (
        <section aria-labelledby="quote-order" className={styles.box}>
          <h2 id="quote-order">{t("acceptedHeading")}</h2>
          {invoice && (
            <p>
              {invoice.due_at
                ? t("invoiceDue", {
                    number: invoice.number,
                    date: dates.date(invoice.due_at),
                  })
                : t("invoicePaidUpFront", { number: invoice.number })}
            </p>
          )}
          <p>
            <Link href={`/akun/pesanan/${quote.order_id}`}>{t("orderLink")}</Link>
          </p>
        </section>
      )}

      {standing === "answered" && (
        <section aria-labelledby="quote-decision" className={styles.box}>
          <h2 id="quote-decision">{t("decisionHeading")}</h2>
          <QuoteDecision quoteId={quote.id} />
        </section>
      )}

      <QuoteThread messages={quote.messages}>
        <QuoteMessageForm quoteId={quote.id} />
      </QuoteThread>
    </QuoteFormMessages>
  )
}
