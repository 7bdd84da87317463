import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import notice from "@/modules/common/components/notice.module.css"
import { CategoryHighlights } from "@/modules/home/components/category-highlights"

import styles from "./search-help.module.css"

/**
 * Search is down (or the backend is): say so plainly and offer the categories, which
 * need no search engine, instead of an error page.
 */
export function SearchUnavailable({ query }: { query?: string }) {
  const t = useTranslations("search")
  return (
    <div className={styles.page}>
      <h1>{query ? t("titleQuery", { q: query }) : t("title")}</h1>
      <div className={notice.notice} role="status">
        <h2 className={notice.title}>{t("unavailable.title")}</h2>
        <p>{t("unavailable.body")}</p>
        <div className={notice.actions}>
          <Link href="/produk">{t("unavailable.allProducts")}</Link>
        </div>
      </div>
      <CategoryHighlights />
    </div>
  )
}
