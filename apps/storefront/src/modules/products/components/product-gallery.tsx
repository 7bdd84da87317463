import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { preload } from "react-dom"

import styles from "./product-gallery.module.css"

const MAIN_IMAGE_SIZE = 720
const THUMBNAIL_SIZE = 160

function imageUrls(product: HttpTypes.StoreProduct): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean)
  if (urls.length === 0 && product.thumbnail) {
    return [product.thumbnail]
  }
  return urls
}

/** All photos at once: no script needed, and the first one loads eagerly for LCP. */
export function ProductGallery({ product }: { product: HttpTypes.StoreProduct }) {
  const t = useTranslations("products.product")
  const [main, ...more] = imageUrls(product)
  if (!main) {
    return (
      <div className={styles.placeholder} aria-hidden="true">
        {product.title.charAt(0)}
      </div>
    )
  }

  preload(main, { as: "image", fetchPriority: "high" })
  return (
    <div className={styles.gallery}>
      {/* Images come from whatever host the backend's file provider uses, known only at run time. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        className={styles.main}
        src={main}
        alt={product.title}
        width={MAIN_IMAGE_SIZE}
        height={MAIN_IMAGE_SIZE}
        fetchPriority="high"
      />
      {more.length > 0 && (
        <ul className={styles.thumbnails}>
          {more.map((url, index) => (
            <li key={url}>
              <a href={url}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={url}
                  alt={t("imageAlt", { title: product.title, position: index + 2 })}
                  width={THUMBNAIL_SIZE}
                  height={THUMBNAIL_SIZE}
                  loading="lazy"
                  decoding="async"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
