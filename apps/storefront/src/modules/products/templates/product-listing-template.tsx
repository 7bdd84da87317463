import { useLocale, useTranslations } from "next-intl"

import { getPathname, Link } from "@/i18n/navigation"
import type { CatalogUnavailableReason } from "@/lib/data/catalog-unavailable-error"
import type { CatalogPage } from "@/lib/util/product-catalog"
import {
  hasActiveFilters,
  type ProductListParams,
  productListHref,
} from "@/lib/util/product-list-params"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { ActiveFilters } from "@/modules/products/components/active-filters"
import { ListingFilters } from "@/modules/products/components/listing-filters"
import { Pagination } from "@/modules/products/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"

import styles from "./product-listing-template.module.css"

/** What a listing page stands for: all products, one category or one collection. */
export type ListingScope = {
  /** The page's path without locale prefix, e.g. "/kategori/kuliner-olahan". */
  pathname: string
  title: string
  /** A small line above the title, e.g. "Koleksi". */
  eyebrow?: string
  description?: string | null
  /** Category and collection pages link back to all products. */
  withBreadcrumb: boolean
  showCategoryFilter: boolean
}

type Props = {
  scope: ListingScope
  params: ProductListParams
  catalog: CatalogPage
}

export function ProductListingTemplate({ scope, params, catalog }: Props) {
  const t = useTranslations("products")
  const locale = useLocale()
  const { products, count, facets } = catalog
  const pageSize = Math.max(1, catalog.limit)
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const first = (params.page - 1) * pageSize + 1
  const last = first + products.length - 1
  const filtered = hasActiveFilters(params)
  const certificationLabel = (type: string) =>
    t.has(`certifications.${type}`) ? t(`certifications.${type}`) : type
  const hrefFor = (page: number) => productListHref({ ...params, page }, scope.pathname)

  return (
    <div className={styles.listing}>
      <header className={styles.header}>
        {scope.withBreadcrumb && (
          <nav aria-label={t("listing.breadcrumb")} className={styles.breadcrumb}>
            <Link href="/produk">{t("listing.allTitle")}</Link>
            <span aria-hidden="true"> › </span>
          </nav>
        )}
        {scope.eyebrow && <p className={styles.eyebrow}>{scope.eyebrow}</p>}
        <h1>{scope.title}</h1>
        {scope.description && <p className={styles.description}>{scope.description}</p>}
      </header>

      <div className={styles.layout}>
        <aside aria-labelledby="saring-produk" className={styles.filters}>
          <h2 id="saring-produk" className={styles.filtersTitle}>
            {t("filters.title")}
          </h2>
          <ListingFilters
            action={getPathname({ href: scope.pathname, locale })}
            params={params}
            facets={facets}
            showCategory={scope.showCategoryFilter}
            certificationLabel={certificationLabel}
          />
        </aside>

        <section aria-labelledby="daftar-produk" className={styles.results}>
          <h2 id="daftar-produk" className={styles.count}>
            {products.length > 0
              ? t("listing.summary", { first, last, count })
              : t("listing.summaryNone", { count })}
          </h2>
          <ActiveFilters
            params={params}
            pathname={scope.pathname}
            names={{
              category: facets.categories.find((c) => c.handle === params.category)?.name,
              facility: facets.facilities.find((f) => f.handle === params.facility)?.name,
              certification: params.certification
                ? certificationLabel(params.certification)
                : undefined,
            }}
          />

          {products.length > 0 ? (
            <>
              <ProductGrid products={products} eagerCount={2} />
              <Pagination page={params.page} pageCount={pageCount} hrefFor={hrefFor} />
            </>
          ) : (
            <div className={styles.empty}>
              {count > 0 ? (
                <p>
                  {t("listing.emptyPage")}{" "}
                  <Link href={hrefFor(1)}>{t("listing.firstPage")}</Link>
                </p>
              ) : filtered ? (
                <>
                  <p className={styles.emptyTitle}>{t("listing.noMatchTitle")}</p>
                  <p>{t("listing.noMatchBody")}</p>
                  <p>
                    <Link href={productListHref({ sort: params.sort }, scope.pathname)}>
                      {t("listing.clearAll")}
                    </Link>
                  </p>
                </>
              ) : (
                <p>
                  {t("listing.emptyScope")}{" "}
                  <Link href="/produk">{t("listing.browseAll")}</Link>
                </p>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  )
}

export function ProductListingUnavailable({
  title,
  reason,
}: {
  title: string
  reason: CatalogUnavailableReason
}) {
  return (
    <div className={styles.listing}>
      <h1>{title}</h1>
      <CatalogUnavailable reason={reason} />
    </div>
  )
}
