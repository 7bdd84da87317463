import { getTranslations } from "next-intl/server"

import type { QuoteStanding } from "@/modules/partner-documents/util/documents"

import styles from "./partner-documents.module.css"
import { type BadgeTone, StatusBadge } from "./status-badge"

// An answered quote waits on the buyer, so it asks for attention.
const TONES: Record<QuoteStanding, BadgeTone> = {
  requested: "neutral",
  answered: "action",
  expired: "bad",
  accepted: "good",
  rejected: "neutral",
}

export async function QuoteStatus({ standing }: { standing: QuoteStanding }) {
  const t = await getTranslations("quotes.status")
  return (
    <p className={styles.muted}>
      {t("label")}: <StatusBadge tone={TONES[standing]}>{t(standing)}</StatusBadge>
    </p>
  )
}
