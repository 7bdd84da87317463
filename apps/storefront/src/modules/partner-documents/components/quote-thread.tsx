import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import type { QuoteMessage } from "@/lib/data/partner-documents"

import { jakartaDates } from "./jakarta-dates"
import styles from "./partner-documents.module.css"

/**
 * The conversation about a quote, oldest first, each message saying who wrote it;
 * `children` is the way to add to it.
 */
export async function QuoteThread({
  messages,
  children,
}: {
  messages: QuoteMessage[]
  children: ReactNode
}) {
  const [t, dates] = await Promise.all([getTranslations("quotes.thread"), jakartaDates()])
  return (
    <section aria-labelledby="quote-thread" className={styles.section}>
      <h2 id="quote-thread">{t("heading")}</h2>
      {messages.length === 0 ? (
        <p className={styles.muted}>{t("empty")}</p>
      ) : (
        <ol className={styles.thread} data-testid="quote-thread">
          {messages.map((message) => (
            <li
              key={message.id}
              className={`${styles.message} ${
                message.author === "partner" ? styles.fromPartner : styles.fromStaff
              }`}
            >
              <p className={styles.author}>
                {t(message.author)} ·{" "}
                <time dateTime={message.created_at}>
                  {dates.dateTime(message.created_at)}
                </time>
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  )
}
