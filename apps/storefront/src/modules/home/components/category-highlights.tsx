import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { productListHref } from "@/lib/util/product-list-params"

import styles from "./category-highlights.module.css"

/** Handles match the backend seed's categories; names and summaries are the home page's own. */
const HIGHLIGHTED_CATEGORIES = [
  "kerajinan-tangan",
  "kuliner-olahan",
  "hasil-bengkel-kerja",
] as const

export function CategoryHighlights() {
  const t = useTranslations("home.categories")
  return (
    <section aria-labelledby="kategori-pilihan">
      <h2 id="kategori-pilihan">{t("title")}</h2>
      <ul className={styles.list}>
        {HIGHLIGHTED_CATEGORIES.map((handle) => (
          <li key={handle}>
            {/* The all-products listing narrowed to the category keeps every other filter at hand. */}
            <Link className={styles.card} href={productListHref({ category: handle })}>
              <span className={styles.name}>{t(`${handle}.name`)}</span>
              <span className={styles.summary}>{t(`${handle}.summary`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
