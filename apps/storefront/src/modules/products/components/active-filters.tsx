import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import { type ProductListParams, productListHref } from "@/lib/util/product-list-params"

import styles from "./active-filters.module.css"

type Props = {
  params: ProductListParams
  pathname: string
  /** Display names for the handles and types in the params. */
  names: { category?: string; facility?: string; certification?: string }
}

type Filter = { key: string; label: string; without: Partial<ProductListParams> }

/** Each choice in force with a link that drops just that one, back to the first page. */
export function ActiveFilters({ params, pathname, names }: Props) {
  const t = useTranslations("products")
  const filters: Filter[] = []
  if (params.q) {
    filters.push({
      key: "q",
      label: t("filters.searchValue", { q: params.q }),
      without: { q: undefined },
    })
  }
  if (params.category) {
    filters.push({
      key: "category",
      label: names.category ?? params.category,
      without: { category: undefined },
    })
  }
  if (params.facility) {
    filters.push({
      key: "facility",
      label: names.facility ?? params.facility,
      without: { facility: undefined },
    })
  }
  if (params.certification) {
    filters.push({
      key: "certification",
      label: names.certification ?? params.certification,
      without: { certification: undefined },
    })
  }
  if (params.minPrice !== undefined) {
    filters.push({
      key: "minPrice",
      label: t("filters.fromPrice", { price: formatRupiah(params.minPrice) }),
      without: { minPrice: undefined },
    })
  }
  if (params.maxPrice !== undefined) {
    filters.push({
      key: "maxPrice",
      label: t("filters.upToPrice", { price: formatRupiah(params.maxPrice) }),
      without: { maxPrice: undefined },
    })
  }
  return (
    <FilterChips
      chips={filters.map((filter) => ({
        key: filter.key,
        label: filter.label,
        href: productListHref({ ...params, ...filter.without, page: 1 }, pathname),
      }))}
      clearHref={productListHref({ sort: params.sort }, pathname)}
    />
  )
}

/** A choice in force and the URL of the same page without it. */
export type FilterChip = { key: string; label: string; href: string }

/** The choices in force, each a link that drops it, and one that drops them all. */
export function FilterChips({
  chips,
  clearHref,
}: {
  chips: FilterChip[]
  clearHref: string
}) {
  const t = useTranslations("products")
  if (chips.length === 0) {
    return null
  }

  return (
    <div className={styles.active}>
      <h3 className={styles.heading}>{t("filters.active")}</h3>
      <ul className={styles.list}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              className={styles.chip}
              href={chip.href}
              aria-label={t("filters.remove", { filter: chip.label })}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <Link className={styles.clear} href={clearHref}>
              {t("listing.clearAll")}
            </Link>
          </li>
        )}
      </ul>
    </div>
  )
}
