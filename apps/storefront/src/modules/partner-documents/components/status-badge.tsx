import styles from "./partner-documents.module.css"

export type BadgeTone = "neutral" | "action" | "good" | "bad"

const TONES: Record<BadgeTone, string> = {
  neutral: styles.toneNeutral,
  action: styles.toneAction,
  good: styles.toneGood,
  bad: styles.toneBad,
}

/** A status in words; the colour only repeats what the words say. */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`${styles.badge} ${TONES[tone]}`}>{children}</span>
}
