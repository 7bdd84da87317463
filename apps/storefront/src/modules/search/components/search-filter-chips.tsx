import { useTranslations } from "next-intl"

import { formatRupiah } from "@/lib/money"
import type { SearchFacets } from "@/lib/util/product-search"
import { type ProductSearchParams, searchHref } from "@/lib/util/search-params"
import {
  type FilterChip,
  FilterChips,
} from "@/modules/products/components/active-filters"

type Props = { params: ProductSearchParams; facets: SearchFacets }

/** The filters in force on a results page, each a link to the same search without it. */
export function SearchFilterChips({ params, facets }: Props) {
  const t = useTranslations("search.filters")
  const tp = useTranslations("products")
  const chips: FilterChip[] = []
  const add = (key: string, label: string, without: Partial<ProductSearchParams>) =>
    chips.push({ key, label, href: searchHref({ ...params, ...without, page: 1 }) })

  if (params.category) {
    const name = facets.categories.find((c) => c.handle === params.category)?.name
    add("category", name ?? params.category, { category: undefined })
  }
  if (params.facility) {
    const name = facets.facilities.find((f) => f.handle === params.facility)?.name
    add("facility", name ?? params.facility, { facility: undefined })
  }
  if (params.halal !== undefined) {
    add("halal", params.halal ? t("halalYes") : t("halalNo"), { halal: undefined })
  }
  if (params.certification) {
    const type = params.certification
    add(
      "certification",
      tp.has(`certifications.${type}`) ? tp(`certifications.${type}`) : type,
      { certification: undefined },
    )
  }
  if (params.inStock) {
    add("inStock", t("inStockChip"), { inStock: undefined })
  }
  if (params.minPrice !== undefined) {
    add("minPrice", tp("filters.fromPrice", { price: formatRupiah(params.minPrice) }), {
      minPrice: undefined,
    })
  }
  if (params.maxPrice !== undefined) {
    add("maxPrice", tp("filters.upToPrice", { price: formatRupiah(params.maxPrice) }), {
      maxPrice: undefined,
    })
  }

  return (
    <FilterChips
      chips={chips}
      clearHref={searchHref({ q: params.q, sort: params.sort })}
    />
  )
}
