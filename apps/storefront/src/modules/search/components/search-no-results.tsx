import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { SearchFacets } from "@/lib/util/product-search"
import {
  hasSearchFilters,
  type ProductSearchParams,
  searchHref,
} from "@/lib/util/search-params"
import { CategoryHighlights } from "@/modules/home/components/category-highlights"

import { SearchFilterChips } from "./search-filter-chips"
import styles from "./search-help.module.css"

type Props = { params: ProductSearchParams; facets: SearchFacets }

/** Nothing found: the text echoed, filters to let go of, spelling tips and ways to browse. */
export function SearchNoResults({ params, facets }: Props) {
  const t = useTranslations("search.noResults")
  const filtered = hasSearchFilters(params)
  return (
    <div className={styles.help}>
      <h3 className={styles.title}>
        {params.q ? t("title", { q: params.q }) : t("titleNoQuery")}
      </h3>
      {filtered && (
        <div className={styles.block}>
          <p>{t("filtersIntro")}</p>
          <SearchFilterChips params={params} facets={facets} />
          {params.q && (
            <p>
              <Link href={searchHref({ q: params.q, sort: params.sort })}>
                {t("withoutFilters", { q: params.q })}
              </Link>
            </p>
          )}
        </div>
      )}
      {params.q && (
        <div className={styles.block}>
          <h4 className={styles.subtitle}>{t("tipsTitle")}</h4>
          <ul className={styles.tips}>
            <li>{t("tipSpelling")}</li>
            <li>{t("tipFewerWords")}</li>
            <li>{t("tipLanguage")}</li>
          </ul>
        </div>
      )}
      <CategoryHighlights />
      <p>
        <Link href="/produk">{t("allProducts")}</Link>
      </p>
    </div>
  )
}
