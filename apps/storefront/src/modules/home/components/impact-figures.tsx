import { useLocale, useTranslations } from "next-intl"

import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import type { ImpactFigures as Figures } from "@/lib/data/facilities"
import { formatRupiah } from "@/lib/money"
import { formatCount } from "@/lib/util/product-format"

import styles from "./impact-figures.module.css"

/** The public impact ledger's totals: aggregates only, never a person. */
export function ImpactFigures({ impact }: { impact: Loaded<Figures> }) {
  const t = useTranslations("home.impact")
  const locale = useLocale()

  return (
    <section id="dampak" aria-labelledby="dampak-judul" className={styles.impact}>
      <h2 id="dampak-judul">{t("title")}</h2>
      {impact.ok ? (
        <>
          <dl className={styles.figures}>
            <div>
              <dt>{t("unitsSold")}</dt>
              <dd>{formatCount(impact.data.units_sold, locale)}</dd>
            </div>
            <div>
              <dt>{t("makersAmount")}</dt>
              <dd>{formatRupiah(impact.data.makers_amount)}</dd>
            </div>
            <div>
              <dt>{t("activeWorkshops")}</dt>
              <dd>{formatCount(impact.data.active_workshops, locale)}</dd>
            </div>
          </dl>
          <p className={styles.note}>{t("note")}</p>
        </>
      ) : (
        <p className={styles.note}>{t("unavailable")}</p>
      )}
    </section>
  )
}
