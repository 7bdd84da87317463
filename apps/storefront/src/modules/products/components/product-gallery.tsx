import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"

import { Photo } from "@/modules/common/components/photo"

import styles from "./product-gallery.module.css"

const MAIN_IMAGE_SIZE = 720
const THUMBNAIL_SIZE = 160
// Full width on a phone; beside the details from 56rem, in a 72rem page.
const MAIN_IMAGE_SIZES = "(min-width: 56rem) 38rem, 100vw"
const THUMBNAIL_SIZES = "(min-width: 56rem) 9rem, 25vw"

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

  return (
    <div className={styles.gallery}>
      <Photo
        className={styles.main}
        src={main}
        alt={product.title}
        width={MAIN_IMAGE_SIZE}
        height={MAIN_IMAGE_SIZE}
        sizes={MAIN_IMAGE_SIZES}
        preload
      />
      {more.length > 0 && (
        <ul className={styles.thumbnails}>
          {more.map((url, index) => (
            <li key={url}>
              <a href={url}>
                <Photo
                  src={url}
                  alt={t("imageAlt", { title: product.title, position: index + 2 })}
                  width={THUMBNAIL_SIZE}
                  height={THUMBNAIL_SIZE}
                  sizes={THUMBNAIL_SIZES}
                />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
