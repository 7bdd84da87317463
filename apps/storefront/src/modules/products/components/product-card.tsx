import { useTranslations } from "next-intl"
import { preload } from "react-dom"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { productHref } from "@/lib/util/product-list-params"

import styles from "./product-card.module.css"

const THUMBNAIL_SIZE = 480

/**
 * `priority` marks the cards a phone shows without scrolling: their image is
 * the page's largest paint, so it loads first instead of lazily.
 */
export function ProductCard({
  product,
  priority = false,
}: {
  product: CatalogProduct
  priority?: boolean
}) {
  const t = useTranslations("products.card")
  if (priority && product.thumbnail) {
    // Announced in the document head, before the browser reaches the card.
    preload(product.thumbnail, { as: "image", fetchPriority: "high" })
  }

  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {product.thumbnail ? (
          // Images come from whatever host the backend's file provider uses, known only at run time.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            className={styles.image}
            src={product.thumbnail}
            alt={product.title}
            width={THUMBNAIL_SIZE}
            height={THUMBNAIL_SIZE}
            loading={priority ? "eager" : "lazy"}
            fetchPriority={priority ? "high" : "auto"}
            decoding="async"
          />
        ) : (
          <div className={styles.placeholder} aria-hidden="true">
            {product.title.charAt(0)}
          </div>
        )}
        {!product.in_stock && <span className={styles.soldOut}>{t("soldOut")}</span>}
      </div>
      <div className={styles.body}>
        {product.category && <p className={styles.category}>{product.category.name}</p>}
        <h3 className={styles.title}>
          {/* One link per card; CSS stretches it over the whole card. */}
          <Link href={productHref(product.handle)} className={styles.link}>
            {product.title}
          </Link>
        </h3>
        {product.workshop && (
          <p className={styles.workshop}>
            {t("madeBy", { workshop: product.workshop.name })}
          </p>
        )}
        {/* The price stands alone in its element: buyers and tests read it as "Rp 150.000". */}
        <p className={styles.price}>
          {product.price ? formatRupiah(product.price.amount) : t("priceUnavailable")}
        </p>
      </div>
    </article>
  )
}
