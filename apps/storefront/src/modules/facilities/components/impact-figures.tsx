import { useFormatter, useTranslations } from "next-intl"

import type { ImpactFigures as Figures } from "@/lib/data/facilities"
import { formatRupiah } from "@/lib/money"

import styles from "./impact-figures.module.css"

/** Aggregate figures of the impact ledger; never anything about one maker. */
export function ImpactFigures({
  figures,
  compact = false,
}: {
  figures: Figures
  compact?: boolean
}) {
  const t = useTranslations("facilities.figures")
  const format = useFormatter()
  const items = [
    { label: t("unitsSold"), value: format.number(figures.units_sold) },
    { label: t("makersAmount"), value: formatRupiah(figures.makers_amount) },
    ...(compact
      ? []
      : [
          { label: t("activeWorkshops"), value: format.number(figures.active_workshops) },
        ]),
  ]
  return (
    <div>
      <dl className={compact ? `${styles.figures} ${styles.compact}` : styles.figures}>
        {items.map((item) => (
          <div key={item.label} className={styles.figure}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      {!compact && <p className={styles.note}>{t("note")}</p>}
    </div>
  )
}
