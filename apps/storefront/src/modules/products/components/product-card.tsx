import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { productHref } from "@/lib/util/product-list-params"
import { Photo } from "@/modules/common/components/photo"

import styles from "./product-card.module.css"

const THUMBNAIL_SIZE = 480
// Two cards a row on a phone, three on a tablet, four beside the filters on a laptop.
const CARD_SIZES = "(min-width: 64rem) 14rem, (min-width: 48rem) 33vw, 50vw"

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

  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {product.thumbnail ? (
          <Photo
            className={styles.image}
            src={product.thumbnail}
            alt={product.title}
            width={THUMBNAIL_SIZE}
            height={THUMBNAIL_SIZE}
            sizes={CARD_SIZES}
            preload={priority}
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
