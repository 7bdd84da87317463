import { useLocale, useTranslations } from "next-intl"

import { formatRupiah } from "@/lib/money"
import { formatPercent } from "@/lib/util/product-format"
import { makersAmount, shareFraction } from "@/lib/util/product-quality"

import styles from "./product-sections.module.css"

type Props = {
  /** The facility's makers' share in basis points. */
  makersShareBps: number
  /** The lowest price of the product, for a worked example; null when unpriced. */
  price: number | null
}

/** What share of the price the facility pays into the makers' premi. */
export function MakersShare({ makersShareBps, price }: Props) {
  const t = useTranslations("products.share")
  const locale = useLocale()

  return (
    <section aria-labelledby="untuk-pembuat" className={styles.share}>
      <h2 id="untuk-pembuat">{t("title")}</h2>
      <p className={styles.shareLead}>
        <strong className={styles.sharePercent}>
          {t("percent", { share: formatPercent(shareFraction(makersShareBps), locale) })}
        </strong>{" "}
        {t("lead")}
      </p>
      {price !== null && (
        <p>
          {t("example", {
            price: formatRupiah(price),
            amount: formatRupiah(makersAmount(price, makersShareBps)),
          })}
        </p>
      )}
      <p className={styles.note}>{t("rest")}</p>
    </section>
  )
}
