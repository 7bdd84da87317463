import { useTranslations } from "next-intl"

import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { ProductGrid } from "@/modules/products/components/product-grid"

/** A facility's or workshop's products as catalog cards, or why there are none. */
export function ProductList({ products }: { products: Loaded<CatalogProduct[]> }) {
  const t = useTranslations("facilities.products")
  if (!products.ok) {
    return <CatalogUnavailable reason={products.reason} />
  }
  if (products.data.length === 0) {
    return <p>{t("empty")}</p>
  }
  return <ProductGrid products={products.data} />
}
