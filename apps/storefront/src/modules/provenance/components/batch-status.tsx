import { useTranslations } from "next-intl"

import type { BatchStanding } from "@/lib/util/provenance"

import styles from "./batch-status.module.css"

// A symbol beside the colour, so the standing does not rest on colour alone.
const SYMBOLS: Record<BatchStanding, string> = {
  on_sale: "✓",
  on_hold: "!",
  recalled: "✕",
  expired: "✕",
}

export function BatchStatus({
  standing,
  recallNote,
}: {
  standing: BatchStanding
  recallNote?: string | null
}) {
  const t = useTranslations("provenance.status")
  return (
    <section className={`${styles.status} ${styles[standing]}`} aria-label={t("label")}>
      <span className={styles.symbol} aria-hidden="true">
        {SYMBOLS[standing]}
      </span>
      <div>
        <p className={styles.title}>{t(`${standing}.title`)}</p>
        <p className={styles.body}>{t(`${standing}.body`)}</p>
        {standing === "recalled" && recallNote && (
          <p className={styles.body}>{t("recalled.note", { note: recallNote })}</p>
        )}
      </div>
    </section>
  )
}
