import Link from "next/link"

import { productListHref } from "@/lib/util/product-list-params"

import styles from "./pagination.module.css"

type Props = {
  page: number
  pageCount: number
  category?: string
}

export function Pagination({ page, pageCount, category }: Props) {
  if (pageCount <= 1) {
    return null
  }

  return (
    <nav className={styles.pagination} aria-label="Halaman produk">
      {page > 1 ? (
        <Link
          className={styles.link}
          href={productListHref({ category, page: page - 1 })}
          rel="prev"
        >
          ← Sebelumnya
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className={styles.status}>
        Halaman {page} dari {pageCount}
      </span>
      {page < pageCount ? (
        <Link
          className={styles.link}
          href={productListHref({ category, page: page + 1 })}
          rel="next"
        >
          Berikutnya →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
