import type { HttpTypes } from "@medusajs/types"

import { cheapestPrice, isSoldOut } from "./product-summary"
import type { ListingSort, ProductListParams } from "./product-list-params"
import { type QualityCertificate, validCertificateTypes } from "./product-quality"

type NamedLink = { handle: string; name: string }

/** One product as `/store/catalog` lists it; cards render this shape only. */
export type CatalogProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
  category: NamedLink | null
  workshop: NamedLink | null
  facility: NamedLink | null
  certifications: string[]
}

export type CatalogFacets = {
  categories: (NamedLink & { count: number })[]
  facilities: (NamedLink & { count: number })[]
  certifications: { type: string; count: number }[]
  price: { min: number | null; max: number | null }
}

export type CatalogPage = {
  products: CatalogProduct[]
  count: number
  page: number
  limit: number
  facets: CatalogFacets
}

/** The public workshop and quality fields `/store/products` may add to a product. */
export type StoreProductWithProvenance = HttpTypes.StoreProduct & {
  workshop?: {
    handle: string
    name: string
    craft_type?: string
    maker_count?: number
    facility?: {
      handle: string
      name: string
      city?: string
      province?: string
      /** The facility's share of every sale paid into the makers' premi. */
      makers_share_bps?: number
    } | null
  } | null
  product_quality?: {
    standard_name?: string | null
    standard_met?: boolean
    certificates?: { items?: QualityCertificate[] } | null
    last_inspection_at?: string | null
    last_inspection_passed?: boolean | null
  } | null
}

/** Reshapes a `/store/products` product into a catalog card, judging certificates as of `now`. */
export function toCatalogProduct(
  product: StoreProductWithProvenance,
  now: Date,
): CatalogProduct {
  const amount = cheapestPrice(product)
  const category = product.categories?.[0]
  const workshop = product.workshop
  const facility = workshop?.facility
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? null,
    price: amount === null ? null : { amount, currency_code: "idr" },
    in_stock: !isSoldOut(product),
    category: category ? { handle: category.handle, name: category.name } : null,
    workshop: workshop ? { handle: workshop.handle, name: workshop.name } : null,
    facility: facility ? { handle: facility.handle, name: facility.name } : null,
    certifications: validCertificateTypes(
      product.product_quality?.certificates?.items ?? [],
      now,
    ),
  }
}

function countBy<T>(
  products: CatalogProduct[],
  pick: (product: CatalogProduct) => T[],
  key: (value: T) => string,
): Map<string, { value: T; count: number }> {
  const counts = new Map<string, { value: T; count: number }>()
  for (const product of products) {
    for (const value of pick(product)) {
      const entry = counts.get(key(value)) ?? { value, count: 0 }
      entry.count += 1
      counts.set(key(value), entry)
    }
  }
  return counts
}

/**
 * Facets of a product set as `/store/catalog` reports them: each counts the products
 * matching every filter but its own (the price span ignores the price filters), so a
 * buyer who chose one facility still sees what the others have.
 */
export function facetsOf(
  products: CatalogProduct[],
  params: Partial<ProductListParams> = {},
): CatalogFacets {
  const matching = (without: Partial<ProductListParams>) =>
    products.filter((product) => matches(product, { ...params, ...without }))
  const named = (
    without: Partial<ProductListParams>,
    pick: (product: CatalogProduct) => NamedLink | null,
  ) =>
    [
      ...countBy(
        matching(without),
        (product) => {
          const link = pick(product)
          return link ? [link] : []
        },
        (link) => link.handle,
      ).values(),
    ]
      .map(({ value, count }) => ({ ...value, count }))
      .sort((a, b) => a.name.localeCompare(b.name, "id"))
  const prices = matching({ minPrice: undefined, maxPrice: undefined }).flatMap(
    (product) => (product.price ? [product.price.amount] : []),
  )
  return {
    categories: named({ category: undefined }, (product) => product.category),
    facilities: named({ facility: undefined }, (product) => product.facility),
    certifications: [
      ...countBy(
        matching({ certification: undefined }),
        (product) => product.certifications,
        (type) => type,
      ).values(),
    ].map(({ value, count }) => ({ type: value, count })),
    price: {
      min: prices.length ? Math.min(...prices) : null,
      max: prices.length ? Math.max(...prices) : null,
    },
  }
}

function matches(product: CatalogProduct, params: Partial<ProductListParams>): boolean {
  const amount = product.price?.amount
  const q = params.q?.toLocaleLowerCase("id")
  return (
    (!params.category || product.category?.handle === params.category) &&
    (!params.facility || product.facility?.handle === params.facility) &&
    (!params.certification || product.certifications.includes(params.certification)) &&
    (params.minPrice === undefined ||
      (amount !== undefined && amount >= params.minPrice)) &&
    (params.maxPrice === undefined ||
      (amount !== undefined && amount <= params.maxPrice)) &&
    (!q ||
      `${product.title} ${product.subtitle ?? ""}`.toLocaleLowerCase("id").includes(q))
  )
}

/** Unpriced products go last whichever way prices are sorted. */
function compare(sort: ListingSort): (a: CatalogProduct, b: CatalogProduct) => number {
  if (sort === "newest") {
    return () => 0
  }
  const direction = sort === "price_asc" ? 1 : -1
  return (a, b) => {
    const left = a.price?.amount
    const right = b.price?.amount
    if (left === undefined || right === undefined) {
      return (left === undefined ? 1 : 0) - (right === undefined ? 1 : 0)
    }
    return (left - right) * direction
  }
}

/**
 * Filters, sorts and pages a small product set the way `/store/catalog` does a large
 * one, for lists the catalog route cannot narrow to (a collection). `products` come
 * newest first.
 */
export function pageOfProducts(
  products: CatalogProduct[],
  params: ProductListParams,
  limit: number,
): CatalogPage {
  const found = products.filter((product) => matches(product, params))
  // Array.prototype.sort is stable, so equal prices keep newest first.
  const sorted = [...found].sort(compare(params.sort))
  const start = (params.page - 1) * limit
  return {
    products: sorted.slice(start, start + limit),
    count: sorted.length,
    page: params.page,
    limit,
    facets: facetsOf(products, params),
  }
}
