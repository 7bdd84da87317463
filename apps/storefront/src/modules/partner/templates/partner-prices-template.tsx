import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { PartnerPriceList, PartnerPriceProduct } from "@/lib/data/partner"
import { formatRupiah } from "@/lib/money"
import { productHref } from "@/lib/util/product-list-params"
import styles from "@/modules/partner/components/partner.module.css"
import { sortTiers, tierQuantityLabel } from "@/modules/partner/util/format"
import {
  pageCount,
  PRICES_PATH,
  PRICES_PER_PAGE,
  type PriceListParams,
  priceListQuery,
} from "@/modules/partner/util/price-list"

type Props = {
  /** Null when the backend could not answer. */
  list: PartnerPriceList | null
  params: PriceListParams
  /** Where the search form goes, locale prefix included: it works without JavaScript. */
  searchAction: string
}

async function ProductPrices({ product }: { product: PartnerPriceProduct }) {
  const t = await getTranslations("partner.prices")
  const headingId = `harga-${product.product_id}`
  return (
    <li className={styles.product}>
      <h2 id={headingId}>
        <Link href={productHref(product.handle)}>{product.title}</Link>
      </h2>
      <p className={styles.muted}>
        {product.minimum_order_quantity
          ? t("minimum", { count: product.minimum_order_quantity })
          : t("noMinimum")}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("columns.variant")}</th>
              <th scope="col">{t("columns.sku")}</th>
              <th scope="col">{t("columns.retail")}</th>
              <th scope="col">{t("columns.tiers")}</th>
            </tr>
          </thead>
          <tbody>
            {product.variants.map((variant) => (
              <tr key={variant.variant_id}>
                <th scope="row">{variant.title}</th>
                <td className={variant.sku ? styles.mono : styles.muted}>
                  {variant.sku ?? t("noSku")}
                </td>
                <td className={styles.money}>
                  {variant.retail_price === null
                    ? t("noRetail")
                    : formatRupiah(variant.retail_price)}
                </td>
                <td>
                  {variant.tiers.length === 0 ? (
                    <span className={styles.muted}>{t("noTiers")}</span>
                  ) : (
                    <ul className={styles.tiers}>
                      {sortTiers(variant.tiers).map((tier) => (
                        <li key={`${tier.min_quantity}-${tier.max_quantity}`}>
                          {t("tier", {
                            quantity: tierQuantityLabel(tier),
                            price: formatRupiah(tier.amount),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </li>
  )
}

/** The partner price list: search, one table per product, pages. */
export async function PartnerPricesTemplate({ list, params, searchAction }: Props) {
  const t = await getTranslations("partner.prices")
  const pages = list ? pageCount(list.count, PRICES_PER_PAGE) : 1
  const pageHref = (page: number) => ({
    pathname: PRICES_PATH,
    query: priceListQuery({ ...params, page }),
  })

  return (
    <>
      <p className={styles.muted}>{t("intro")}</p>
      <p>
        {t.rich("quickOrderHint", {
          link: (chunks) => <Link href="/akun/mitra/pesan-cepat">{chunks}</Link>,
        })}
      </p>
      <form action={searchAction} method="get" role="search" className={styles.search}>
        <label>
          {t("searchLabel")}
          <input type="search" name="q" defaultValue={params.q} maxLength={200} />
        </label>
        <button type="submit" className={styles.button}>
          {t("searchSubmit")}
        </button>
      </form>

      {!list ? (
        <p className={styles.warning} role="alert">
          {t("unavailable")}
        </p>
      ) : (
        <>
          <p>
            {params.q
              ? t("countFor", { count: list.count, q: params.q })
              : t("count", { count: list.count })}
            {params.q && (
              <>
                {" · "}
                <Link href={PRICES_PATH}>{t("clearSearch")}</Link>
              </>
            )}
          </p>
          {list.products.length === 0 ? (
            <p>{params.q ? t("emptySearch", { q: params.q }) : t("empty")}</p>
          ) : (
            <ul className={styles.products} data-testid="partner-price-list">
              {list.products.map((product) => (
                <ProductPrices key={product.product_id} product={product} />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav aria-label={t("pagination")} className={styles.pagination}>
              {params.page > 1 && (
                <Link href={pageHref(Math.min(params.page - 1, pages))} rel="prev">
                  {t("previous")}
                </Link>
              )}
              <span aria-current="page">{t("page", { page: params.page, pages })}</span>
              {params.page < pages && (
                <Link href={pageHref(params.page + 1)} rel="next">
                  {t("next")}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  )
}
