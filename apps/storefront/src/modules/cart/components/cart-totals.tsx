import { useTranslations } from "next-intl"

import { formatRupiah } from "@/lib/money"
import type { DisplayTotals } from "@/lib/util/cart-summary"

import styles from "./cart-totals.module.css"

/** Goods + shipping = total; PPN is shown as the part of the total it already is. */
export function CartTotals({
  totals,
  shippingChosen,
}: {
  totals: DisplayTotals
  shippingChosen: boolean
}) {
  const t = useTranslations("cart.totals")
  return (
    <dl className={styles.totals}>
      <div>
        <dt>{t("subtotal")}</dt>
        <dd>{formatRupiah(totals.items)}</dd>
      </div>
      <div>
        <dt>{t("shipping")}</dt>
        <dd>
          {!shippingChosen
            ? t("shippingLater")
            : totals.shipping === 0
              ? t("free")
              : formatRupiah(totals.shipping)}
        </dd>
      </div>
      <div className={styles.total}>
        <dt>{t("total")}</dt>
        <dd>{formatRupiah(totals.total)}</dd>
      </div>
      <div className={styles.tax}>
        <dt className={styles.visuallyHidden}>{t("taxLabel")}</dt>
        <dd>{t("taxIncluded", { amount: formatRupiah(totals.taxIncluded) })}</dd>
      </div>
    </dl>
  )
}
