import { useLocale, useTranslations } from "next-intl"

import { getPathname, Link } from "@/i18n/navigation"
import type { SearchResult } from "@/lib/util/product-search"
import {
  hasSearchFilters,
  type ProductSearchParams,
  SEARCH_PATH,
  searchHref,
} from "@/lib/util/search-params"
import { Pagination } from "@/modules/products/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"
import listing from "@/modules/products/templates/product-listing-template.module.css"
import { SearchBox } from "@/modules/search/components/search-box"
import { SearchFilterChips } from "@/modules/search/components/search-filter-chips"
import { SearchFilters } from "@/modules/search/components/search-filters"
import { SearchNoResults } from "@/modules/search/components/search-no-results"

type Props = {
  /** The params the results were found with (a refused filter is already dropped). */
  params: ProductSearchParams
  result: SearchResult
}

export function SearchResultsTemplate({ params, result }: Props) {
  const t = useTranslations("search")
  const tp = useTranslations("products")
  const locale = useLocale()
  const { hits, total, facets } = result
  const action = getPathname({ href: SEARCH_PATH, locale })
  const pageSize = Math.max(1, result.limit)
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const first = (params.page - 1) * pageSize + 1
  const last = first + hits.length - 1
  // With nothing found and nothing chosen, the filters would offer nothing.
  const showFilters = total > 0 || hasSearchFilters(params)

  return (
    <div className={listing.listing}>
      <header className={listing.header}>
        <h1>{params.q ? t("titleQuery", { q: params.q }) : t("title")}</h1>
        <SearchBox
          key={params.q}
          action={action}
          defaultQuery={params.q}
          variant="page"
        />
      </header>

      <div className={showFilters ? listing.layout : undefined}>
        {showFilters && (
          <aside aria-labelledby="saring-hasil" className={listing.filters}>
            <h2 id="saring-hasil" className={listing.filtersTitle}>
              {t("filters.title")}
            </h2>
            <SearchFilters action={action} params={params} facets={facets} />
          </aside>
        )}

        <section aria-labelledby="hasil-pencarian" className={listing.results}>
          <h2 id="hasil-pencarian" className={listing.count}>
            {hits.length > 0
              ? t("summary", { first, last, count: total })
              : t("summaryNone", { count: total })}
          </h2>
          {hits.length > 0 ? (
            <>
              {result.corrected_query && params.q && (
                <p role="status">
                  {t("corrected", { q: params.q, corrected: result.corrected_query })}
                </p>
              )}
              <SearchFilterChips params={params} facets={facets} />
              <ProductGrid products={hits} eagerCount={2} />
              <Pagination
                page={params.page}
                pageCount={pageCount}
                hrefFor={(page) => searchHref({ ...params, page })}
              />
            </>
          ) : total > 0 ? (
            <div className={listing.empty}>
              <p>
                {tp("listing.emptyPage")}{" "}
                <Link href={searchHref({ ...params, page: 1 })}>
                  {tp("listing.firstPage")}
                </Link>
              </p>
            </div>
          ) : (
            <SearchNoResults params={params} facets={facets} />
          )}
        </section>
      </div>
    </div>
  )
}
