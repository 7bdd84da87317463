import { useTranslations } from "next-intl"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import { lineTotal } from "@/lib/util/cart-summary"
import { productHref } from "@/lib/util/product-list-params"
import { Photo } from "@/modules/common/components/photo"

import styles from "./line-item-row.module.css"

/** What cart and order lines share; both come from Medusa with these names. */
export type LineItemView = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  product_handle?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total?: number | null
}

const THUMBNAIL_SIZE = 80

export function LineItemRow({
  item,
  controls,
}: {
  item: LineItemView
  controls?: ReactNode
}) {
  const t = useTranslations("cart")
  const title = item.product_title ?? item.title
  // Single-variant products are named "Default" or after the product; neither helps.
  const variant =
    item.variant_title && item.variant_title !== title && item.variant_title !== "Default"
      ? item.variant_title
      : null

  return (
    <li className={styles.row}>
      {item.thumbnail ? (
        <Photo
          className={styles.thumbnail}
          src={item.thumbnail}
          alt=""
          width={THUMBNAIL_SIZE}
          height={THUMBNAIL_SIZE}
        />
      ) : (
        <span className={styles.thumbnail} aria-hidden="true" />
      )}
      <div className={styles.details}>
        <p className={styles.title}>
          {item.product_handle ? (
            <Link href={productHref(item.product_handle)}>{title}</Link>
          ) : (
            title
          )}
        </p>
        {variant && <p className={styles.muted}>{variant}</p>}
        <p className={styles.muted}>
          {controls
            ? t("eachPrice", { price: formatRupiah(item.unit_price) })
            : `${item.quantity} × ${formatRupiah(item.unit_price)}`}
        </p>
        {controls}
      </div>
      <p className={styles.total}>{formatRupiah(lineTotal(item))}</p>
    </li>
  )
}
