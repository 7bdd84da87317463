import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { productListHref } from "@/lib/util/product-list-params"

import styles from "./category-filter.module.css"

type Props = {
  categories: HttpTypes.StoreProductCategory[]
  activeHandle?: string
}

export function CategoryFilter({ categories, activeHandle }: Props) {
  const options = [
    { key: "semua", label: "Semua", handle: undefined },
    ...categories.map((category) => ({
      key: category.id,
      label: category.name,
      handle: category.handle,
    })),
  ]

  return (
    <nav aria-label="Kategori">
      <ul className={styles.list}>
        {options.map((option) => {
          const active = option.handle === activeHandle
          return (
            <li key={option.key}>
              <Link
                className={active ? `${styles.chip} ${styles.active}` : styles.chip}
                href={productListHref({ category: option.handle })}
                aria-current={active ? "page" : undefined}
              >
                {option.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
