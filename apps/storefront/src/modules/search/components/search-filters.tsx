import { useTranslations } from "next-intl"

import type { SearchFacets } from "@/lib/util/product-search"
import {
  DEFAULT_SEARCH_SORT,
  FILTER_SLUGS,
  type ProductSearchParams,
  SEARCH_QUERY,
  SEARCH_SORTS,
  searchQuery,
  searchSortSlug,
} from "@/lib/util/search-params"
import { FilterForm } from "@/modules/products/components/filter-form"
import {
  type FilterOption,
  FilterSelect,
  PriceRangeFields,
  withCurrent,
} from "@/modules/products/components/listing-filters"
import listing from "@/modules/products/components/listing-filters.module.css"

import styles from "./search-filters.module.css"

type Props = {
  /** The results page's path, locale prefix included. */
  action: string
  params: ProductSearchParams
  facets: SearchFacets
}

/** The product listing's filters, plus halal and stock, for one search text. */
export function SearchFilters({ action, params, facets }: Props) {
  const t = useTranslations("search")
  const tp = useTranslations("products")
  const counted = (label: string, count: number) =>
    tp("filters.option", { name: label, count })
  const certificationLabel = (type: string) =>
    tp.has(`certifications.${type}`) ? tp(`certifications.${type}`) : type

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
  const halal =
    params.halal === undefined
      ? undefined
      : params.halal
        ? FILTER_SLUGS.halal.yes
        : FILTER_SLUGS.halal.no
  // A side nothing is found on is no choice, unless it is the current one.
  const halalOptions: FilterOption[] = [
    {
      value: FILTER_SLUGS.halal.yes,
      label: t("filters.halalYes"),
      count: facets.halal.true,
    },
    {
      value: FILTER_SLUGS.halal.no,
      label: t("filters.halalNo"),
      count: facets.halal.false,
    },
  ]
    .filter((option) => option.count > 0 || option.value === halal)
    .map((option) => ({
      value: option.value,
      label: counted(option.label, option.count),
    }))
  const inStockCount = facets.in_stock.true

  return (
    <FilterForm
      // A new form per query: inputs show the search's filters after links change them.
      key={searchQuery(params)}
      action={action}
      defaults={{ [SEARCH_QUERY.sort]: searchSortSlug(DEFAULT_SEARCH_SORT) }}
      className={listing.form}
    >
      {/* Filtering keeps the search text; the search field above starts a new search. */}
      {params.q && <input type="hidden" name={SEARCH_QUERY.q} value={params.q} />}
      <FilterSelect
        id="filter-category"
        name={SEARCH_QUERY.category}
        label={tp("filters.category")}
        anyLabel={tp("filters.allCategories")}
        options={categories}
        value={params.category}
      />
      <FilterSelect
        id="filter-facility"
        name={SEARCH_QUERY.facility}
        label={tp("filters.facility")}
        anyLabel={tp("filters.allFacilities")}
        options={facilities}
        value={params.facility}
      />
      <FilterSelect
        id="filter-halal"
        name={SEARCH_QUERY.halal}
        label={t("filters.halal")}
        anyLabel={t("filters.halalAny")}
        options={halalOptions}
        value={halal}
      />
      <FilterSelect
        id="filter-certification"
        name={SEARCH_QUERY.certification}
        label={tp("filters.certification")}
        anyLabel={tp("filters.anyCertification")}
        options={certifications}
        value={params.certification}
      />
      {(inStockCount > 0 || params.inStock) && (
        <div className={styles.check}>
          <input
            id="filter-in-stock"
            type="checkbox"
            name={SEARCH_QUERY.inStock}
            value={FILTER_SLUGS.inStock}
            defaultChecked={params.inStock}
          />
          <label htmlFor="filter-in-stock">
            {t("filters.inStock", { count: inStockCount })}
          </label>
        </div>
      )}
      <PriceRangeFields
        minPrice={params.minPrice}
        maxPrice={params.maxPrice}
        span={facets.price}
      />
      <div className={listing.field}>
        <label htmlFor="filter-sort">{tp("filters.sort")}</label>
        <select
          id="filter-sort"
          name={SEARCH_QUERY.sort}
          defaultValue={searchSortSlug(params.sort)}
        >
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={searchSortSlug(sort)}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={listing.submit}>
        {tp("filters.apply")}
      </button>
    </FilterForm>
  )
}
