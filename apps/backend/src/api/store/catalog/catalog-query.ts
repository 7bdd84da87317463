import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { productFactsCtes } from "../../../lib/product-facts-sql"
import type { StoreCatalogParamsType } from "./validators"

export type CatalogRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: number | null
  category: { handle: string; name: string } | null
  workshop_handle: string | null
  workshop_name: string | null
  facility_handle: string | null
  facility_name: string | null
  certifications: string[]
}

export type CatalogFacets = {
  categories: { handle: string; name: string; count: number }[]
  facilities: { handle: string; name: string; count: number }[]
  certifications: { type: string; count: number }[]
  price: { min: number | null; max: number | null }
}

export type CatalogResult = {
  /** Null when a category or facility handle was given that matches nothing. */
  category_id: string | null
  facility_id: string | null
  count: number
  products: CatalogRow[]
  facets: CatalogFacets
}

// Medusa's Translation Module keeps one row per record and locale; with no
// locale (:locale null) the join finds nothing and the originals stand.
const translationOf = (alias: string, id: string) =>
  `left join translation ${alias} on ${alias}.reference_id = ${id}
    and ${alias}.locale_code = :locale and ${alias}.deleted_at is null`

// An empty translation falls back to the original, as Medusa's own reads do.
const translated = (alias: string, field: string, original: string) =>
  `coalesce(nullif(btrim(${alias}.translations->>'${field}'), ''), ${original})`

/** What filters, sorts and facets need of one listed product. */
type ProductFacts = {
  id: string
  /** Place in the title order (translated title in byte order, then id). */
  title_rank: number
  price: number | null
  category_ids: string[]
  certifications: string[]
  workshop_id: string | null
  facility_id: string | null
  /** Lower-case original and translated titles, for `q`. */
  titles: string[]
}

type Category = { id: string; handle: string; name: string }
type Facility = { id: string; handle: string; name: string }

/** Everything a listing is chosen from, newest product first. */
export type CatalogFacts = {
  products: ProductFacts[]
  /** Public categories in the order they are shown (rank, then name). */
  categories: Category[]
  /** Facilities in the order they are shown (name, then handle). */
  facilities: Facility[]
}

/**
 * Every product listed in the key's sales channels, each with its cheapest base
 * price in IDR (a price for an IDR region wins over the region-less one, as in
 * Medusa's price calculation), public categories, certificate types valid now,
 * workshop and facility. Titles are in the request's locale where a translation
 * exists. PostgreSQL orders them, so the orders the listing offers are its own.
 */
const PRODUCT_FACTS_SQL = `
with
${productFactsCtes()},
listed as (
  select
    p.id, p.created_at,
    -- Byte order, so titles sort alike whatever the server's collation.
    lower(${translated("tr", "title", "p.title")}) collate "C" as sort_title,
    array[lower(p.title), lower(coalesce(tr.translations->>'title', ''))] as titles,
    pp.amount::float8 as price,
    coalesce(pc.ids, '{}')::text[] as category_ids,
    coalesce(cert.types, '{}')::text[] as certifications,
    ws.workshop_id, ws.facility_id
  from product p
  left join product_price pp on pp.product_id = p.id
  left join product_categories pc on pc.product_id = p.id
  left join product_certifications cert on cert.product_id = p.id
  left join product_workshop ws on ws.product_id = p.id
  ${translationOf("tr", "p.id")}
  where p.status = 'published' and p.deleted_at is null
    and exists (
      select 1 from product_sales_channel psc
      where psc.product_id = p.id and psc.deleted_at is null
        and psc.sales_channel_id = any(:channels::text[]))
)
select id, titles, price, category_ids, certifications, workshop_id, facility_id,
  (row_number() over (order by sort_title, id))::int as title_rank
from listed
order by created_at desc, id desc
`

const CATEGORIES_SQL = `
select pc.id, pc.handle, ${translated("ctr", "name", "pc.name")} as name
from product_category pc
${translationOf("ctr", "pc.id")}
where pc.deleted_at is null and pc.is_active and not pc.is_internal
order by pc.rank, pc.name
`

const FACILITIES_SQL = `
select id, handle, name from facility where deleted_at is null order by name, handle
`

/** The locales some record is translated into. */
export async function translatedLocales(pg: Knex): Promise<string[]> {
  const { rows } = await pg.raw<{ rows: { locale_code: string }[] }>(
    "select distinct locale_code from translation where deleted_at is null",
  )
  return rows.map((row) => row.locale_code)
}

/** The facts of every product a listing may show; see catalog-cache.ts for why. */
export async function readCatalogFacts(
  pg: Knex,
  salesChannelIds: string[],
  locale: string | undefined,
): Promise<CatalogFacts> {
  const bindings = { channels: salesChannelIds, locale: locale ?? null }
  // From roughly 40k products the plan's estimated cost passes PostgreSQL's
  // default JIT threshold, and compiling this statement then takes longer than
  // running it (1.7 s against 0.2 s measured), so JIT is off for it alone.
  const products = await pg.transaction(async (trx) => {
    await trx.raw("set local jit = off")
    const { rows } = await trx.raw<{ rows: ProductFacts[] }>(PRODUCT_FACTS_SQL, bindings)
    return rows
  })
  const [categories, facilities] = await Promise.all([
    pg.raw<{ rows: Category[] }>(CATEGORIES_SQL, bindings),
    pg.raw<{ rows: Facility[] }>(FACILITIES_SQL),
  ])
  return { products, categories: categories.rows, facilities: facilities.rows }
}

// Facts arrive newest first; the other orders compare price, then title order.
const COMPARE: Record<
  StoreCatalogParamsType["sort"],
  ((a: ProductFacts, b: ProductFacts) => number) | null
> = {
  newest: null,
  title: (a, b) => a.title_rank - b.title_rank,
  price_asc: (a, b) => byPrice(a, b, 1),
  price_desc: (a, b) => byPrice(a, b, -1),
}

// A product without a price comes last in both directions.
function byPrice(a: ProductFacts, b: ProductFacts, direction: 1 | -1): number {
  if (a.price !== b.price) {
    if (a.price === null) return 1
    if (b.price === null) return -1
    return (a.price - b.price) * direction
  }
  return a.title_rank - b.title_rank
}

// Each order is sorted once per reading of the facts, then filtered per request.
const sortedFacts = new WeakMap<CatalogFacts, Map<string, ProductFacts[]>>()

function inOrder(facts: CatalogFacts, sort: StoreCatalogParamsType["sort"]) {
  const compare = COMPARE[sort]
  if (!compare) return facts.products
  const orders = sortedFacts.get(facts) ?? new Map<string, ProductFacts[]>()
  sortedFacts.set(facts, orders)
  const sorted = orders.get(sort) ?? [...facts.products].sort(compare)
  orders.set(sort, sorted)
  return sorted
}

const increment = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1)

/** The categories or facilities that were counted, in the order they are shown. */
const counted = (order: (Category | Facility)[], counts: Map<string, number>) =>
  order
    .filter(({ id }) => counts.has(id))
    .map(({ id, handle, name }) => ({ handle, name, count: counts.get(id)! }))

/**
 * A catalog page from the facts: the products passing every filter, sorted and
 * paged, with the count. Facets are standard: each one counts the products
 * matching every filter but its own (the price range ignores min_price and
 * max_price), so choosing a facility still shows how many products the other
 * facilities have. One pass over the facts counts everything; plain loops, as
 * this runs over the whole catalog for every answer.
 */
function choose(facts: CatalogFacts, params: StoreCatalogParamsType) {
  const categoryId = params.category
    ? (facts.categories.find((c) => c.handle === params.category)?.id ?? null)
    : null
  const facilityId = params.facility
    ? (facts.facilities.find((f) => f.handle === params.facility)?.id ?? null)
    : null
  const needle = params.q?.trim().toLowerCase()
  const { certification, min_price, max_price } = params

  const isFound = (p: ProductFacts) =>
    !needle || p.titles.some((title) => title.includes(needle))
  const inCategory = (p: ProductFacts) =>
    !params.category || (categoryId !== null && p.category_ids.includes(categoryId))
  const inFacility = (p: ProductFacts) =>
    !params.facility || (facilityId !== null && p.facility_id === facilityId)
  const inCertification = (p: ProductFacts) =>
    !certification || p.certifications.includes(certification)
  const inPrice = (p: ProductFacts) =>
    (min_price === undefined || (p.price !== null && p.price >= min_price)) &&
    (max_price === undefined || (p.price !== null && p.price <= max_price))

  let count = 0
  const categories = new Map<string, number>()
  const facilities = new Map<string, number>()
  const certifications = new Map<string, number>()
  const price: CatalogFacets["price"] = { min: null, max: null }
  for (const p of facts.products) {
    if (!isFound(p)) continue
    const category = inCategory(p)
    const facility = inFacility(p)
    const certified = inCertification(p)
    const priced = inPrice(p)
    if (category && facility && certified && priced) count++
    if (facility && certified && priced) {
      for (const id of p.category_ids) increment(categories, id)
    }
    if (category && certified && priced && p.facility_id !== null) {
      increment(facilities, p.facility_id)
    }
    if (category && facility && priced) {
      for (const type of p.certifications) increment(certifications, type)
    }
    if (category && facility && certified && p.price !== null) {
      price.min = price.min === null ? p.price : Math.min(price.min, p.price)
      price.max = price.max === null ? p.price : Math.max(price.max, p.price)
    }
  }

  // Walks the chosen order only as far as the page reaches.
  const offset = (params.page - 1) * params.limit
  const page: ProductFacts[] = []
  let skipped = 0
  for (const p of inOrder(facts, params.sort)) {
    if (page.length === params.limit) break
    if (
      !(isFound(p) && inCategory(p) && inFacility(p) && inCertification(p) && inPrice(p))
    )
      continue
    if (skipped < offset) skipped++
    else page.push(p)
  }

  return {
    category_id: categoryId,
    facility_id: facilityId,
    count,
    page,
    facets: {
      categories: counted(facts.categories, categories),
      facilities: counted(facts.facilities, facilities),
      certifications: [...certifications.keys()]
        .sort()
        .map((type) => ({ type, count: certifications.get(type)! })),
      price,
    },
  }
}

/** What the page shows of each chosen product that the facts do not hold. */
const PAGE_SQL = `
select p.id, p.handle,
  ${translated("ptr", "title", "p.title")} as title,
  ${translated("ptr", "subtitle", "p.subtitle")} as subtitle,
  p.thumbnail, wk.handle as workshop_handle, wk.name as workshop_name
from unnest(:ids::text[], :workshops::text[]) as chosen(id, workshop_id)
join product p on p.id = chosen.id
${translationOf("ptr", "p.id")}
left join workshop wk on wk.id = chosen.workshop_id
`

type PageRow = Pick<
  CatalogRow,
  | "id"
  | "handle"
  | "title"
  | "subtitle"
  | "thumbnail"
  | "workshop_handle"
  | "workshop_name"
>

export async function queryCatalog(
  pg: Knex,
  facts: CatalogFacts,
  params: StoreCatalogParamsType,
  locale: string | undefined,
): Promise<CatalogResult> {
  const chosen = choose(facts, params)
  // A page past the end, or a filter nothing matches, shows nothing to fetch.
  const { rows } = chosen.page.length
    ? await pg.raw<{ rows: PageRow[] }>(PAGE_SQL, {
        ids: chosen.page.map((p) => p.id),
        workshops: chosen.page.map((p) => p.workshop_id),
        locale: locale ?? null,
      })
    : { rows: [] }
  const shown = new Map(rows.map((row) => [row.id, row]))
  const facilities = new Map(facts.facilities.map((f) => [f.id, f]))
  return {
    category_id: chosen.category_id,
    facility_id: chosen.facility_id,
    count: chosen.count,
    products: chosen.page.flatMap((product) => {
      const row = shown.get(product.id)
      if (!row) return []
      // Its first public category in the order categories are shown.
      const category = facts.categories.find((c) => product.category_ids.includes(c.id))
      const facility = product.facility_id
        ? facilities.get(product.facility_id)
        : undefined
      return [
        {
          ...row,
          price: product.price,
          category: category ? { handle: category.handle, name: category.name } : null,
          facility_handle: facility?.handle ?? null,
          facility_name: facility?.name ?? null,
          certifications: [...product.certifications].sort(),
        },
      ]
    }),
    facets: chosen.facets,
  }
}
