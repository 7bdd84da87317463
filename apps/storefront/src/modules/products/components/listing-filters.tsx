import { useTranslations } from "next-intl"

import type { CatalogFacets } from "@/lib/util/product-catalog"
import { formatPriceRange } from "@/lib/util/product-format"
import {
  DEFAULT_SORT,
  LIST_QUERY,
  LISTING_SORTS,
  type ProductListParams,
  productListQuery,
  sortSlug,
} from "@/lib/util/product-list-params"

import { FilterForm } from "./filter-form"
import styles from "./listing-filters.module.css"

export type FilterOption = { value: string; label: string }

type Props = {
  /** The listing's own path, locale prefix included. */
  action: string
  params: ProductListParams
  facets: CatalogFacets
  /** Category pages stand for one category and offer no choice of it. */
  showCategory: boolean
  /** Display names of certificate types, from the products messages. */
  certificationLabel: (type: string) => string
}

/** Keeps the current choice selectable even when no product matches it any more. */
export function withCurrent(
  options: FilterOption[],
  current: string | undefined,
): FilterOption[] {
  return current && !options.some((option) => option.value === current)
    ? [...options, { value: current, label: current }]
    : options
}

export function ListingFilters({
  action,
  params,
  facets,
  showCategory,
  certificationLabel,
}: Props) {
  const t = useTranslations("products")
  const counted = (label: string, count: number) =>
    t("filters.option", { name: label, count })

  const categories = withCurrent(
    facets.categories.map((category) => ({
      value: category.handle,
      label: counted(category.name, category.count),
    })),
    params.category,
  )
  const facilities = withCurrent(
    facets.facilities.map((facility) => ({
      value: facility.handle,
      label: counted(facility.name, facility.count),
    })),
    params.facility,
  )
  const certifications = withCurrent(
    facets.certifications.map((certification) => ({
      value: certification.type,
      label: counted(certificationLabel(certification.type), certification.count),
    })),
    params.certification,
  )
  return (
    <FilterForm
      // A new form per query: inputs show the listing's filters after links change them.
      key={productListQuery(params)}
      action={action}
      defaults={{ [LIST_QUERY.sort]: sortSlug(DEFAULT_SORT) }}
      className={styles.form}
    >
      <div className={styles.field}>
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input
          id="filter-q"
          type="search"
          name={LIST_QUERY.q}
          defaultValue={params.q}
          placeholder={t("filters.searchPlaceholder")}
          maxLength={200}
        />
      </div>

      {showCategory && (
        <FilterSelect
          id="filter-category"
          name={LIST_QUERY.category}
          label={t("filters.category")}
          anyLabel={t("filters.allCategories")}
          options={categories}
          value={params.category}
        />
      )}
      <FilterSelect
        id="filter-facility"
        name={LIST_QUERY.facility}
        label={t("filters.facility")}
        anyLabel={t("filters.allFacilities")}
        options={facilities}
        value={params.facility}
      />
      <FilterSelect
        id="filter-certification"
        name={LIST_QUERY.certification}
        label={t("filters.certification")}
        anyLabel={t("filters.anyCertification")}
        options={certifications}
        value={params.certification}
      />

      <PriceRangeFields
        minPrice={params.minPrice}
        maxPrice={params.maxPrice}
        span={facets.price}
      />

      <div className={styles.field}>
        <label htmlFor="filter-sort">{t("filters.sort")}</label>
        <select
          id="filter-sort"
          name={LIST_QUERY.sort}
          defaultValue={sortSlug(params.sort)}
        >
          {LISTING_SORTS.map((sort) => (
            <option key={sort} value={sortSlug(sort)}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>

      <button type="submit" className={styles.submit}>
        {t("filters.apply")}
      </button>
    </FilterForm>
  )
}

/** A choice of one facet value or none; search results offer the same choices. */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  options,
  value,
}: {
  id: string
  name: string
  label: string
  anyLabel: string
  options: FilterOption[]
  value: string | undefined
}) {
  // A choice with nothing to choose from is noise (no certificates among crafts, say).
  if (options.length === 0) {
    return null
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The price range inputs, with the span of prices the facet found as a hint. */
export function PriceRangeFields({
  minPrice,
  maxPrice,
  span,
}: {
  minPrice: number | undefined
  maxPrice: number | undefined
  span: { min: number | null; max: number | null }
}) {
  const t = useTranslations("products.filters")
  const priceRange =
    span.min !== null && span.max !== null ? formatPriceRange([span.min, span.max]) : null
  return (
    <fieldset className={styles.price}>
      <legend>{t("price")}</legend>
      <div className={styles.priceInputs}>
        <div className={styles.field}>
          <label htmlFor="filter-min-price">{t("minPrice")}</label>
          <input
            id="filter-min-price"
            name={LIST_QUERY.minPrice}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={minPrice}
            aria-describedby={priceRange ? "filter-price-range" : undefined}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-max-price">{t("maxPrice")}</label>
          <input
            id="filter-max-price"
            name={LIST_QUERY.maxPrice}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={maxPrice}
            aria-describedby={priceRange ? "filter-price-range" : undefined}
          />
        </div>
      </div>
      {priceRange && (
        <p id="filter-price-range" className={styles.hint}>
          {t("priceRange", { range: priceRange })}
        </p>
      )}
    </fieldset>
  )
}
