import { formatRupiah } from "@/lib/money"
import type { DisplayTotals } from "@/lib/util/cart-summary"
import { cartText as text } from "@/modules/cart/text"

import styles from "./cart-totals.module.css"

/** Goods + shipping = total; PPN is shown as the part of the total it already is. */
export function CartTotals({
  totals,
  shippingChosen,
}: {
  totals: DisplayTotals
  shippingChosen: boolean
}) {
  return (
    <dl className={styles.totals}>
      <div>
        <dt>{text.subtotal}</dt>
        <dd>{formatRupiah(totals.items)}</dd>
      </div>
      <div>
        <dt>{text.shipping}</dt>
        <dd>
          {!shippingChosen
            ? text.shippingLater
            : totals.shipping === 0
              ? text.free
              : formatRupiah(totals.shipping)}
        </dd>
      </div>
      <div className={styles.total}>
        <dt>{text.total}</dt>
        <dd>{formatRupiah(totals.total)}</dd>
      </div>
      <div className={styles.tax}>
        <dt className={styles.visuallyHidden}>{text.taxLabel}</dt>
        <dd>{text.taxIncluded(formatRupiah(totals.taxIncluded))}</dd>
      </div>
    </dl>
  )
}
