import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { formatRupiah } from "@/lib/money"
import { productHref } from "@/lib/util/product-list-params"
import { cheapestPrice, isSoldOut, primaryCategoryName } from "@/lib/util/product-summary"

import styles from "./product-card.module.css"

const THUMBNAIL_SIZE = 480

export function ProductCard({ product }: { product: HttpTypes.StoreProduct }) {
  const price = cheapestPrice(product)
  const category = primaryCategoryName(product)
  const soldOut = isSoldOut(product)

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
            loading="lazy"
            decoding="async"
          />
        ) : (
          <div className={styles.placeholder} aria-hidden="true">
            {product.title.charAt(0)}
          </div>
        )}
        {soldOut && <span className={styles.soldOut}>Stok habis</span>}
      </div>
      <div className={styles.body}>
        {category && <p className={styles.category}>{category}</p>}
        <h3 className={styles.title}>
          {/* One link per card; CSS stretches it over the whole card. */}
          <Link href={productHref(product.handle)} className={styles.link}>
            {product.title}
          </Link>
        </h3>
        <p className={styles.price}>
          {price === null ? "Harga belum tersedia" : formatRupiah(price)}
        </p>
      </div>
    </article>
  )
}
