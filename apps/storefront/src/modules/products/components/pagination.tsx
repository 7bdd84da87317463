import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"

import styles from "./pagination.module.css"

type Props = {
  page: number
  pageCount: number
  /** The URL of another page of the same listing, filters kept. */
  hrefFor: (page: number) => string
}

export function Pagination({ page, pageCount, hrefFor }: Props) {
  const t = useTranslations("products.pagination")
  if (pageCount <= 1) {
    return null
  }

  return (
    <nav className={styles.pagination} aria-label={t("label")}>
      {page > 1 ? (
        <Link className={styles.link} href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className={styles.status}>{t("status", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={styles.link} href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
