import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { productFactsCtes } from "../../../lib/product-facts-sql"
import type { StoreCatalogParamsType } from "./validators"

// Only validated enum keys pick a fragment: no user input reaches the SQL text.
const ORDER_BY: Record<StoreCatalogParamsType["sort"], (table: string) => string> = {
  newest: (t) => `${t}.created_at desc, ${t}.id desc`,
  price_asc: (t) => `${t}.price asc nulls last, ${t}.sort_title, ${t}.id`,
  price_desc: (t) => `${t}.price desc nulls last, ${t}.sort_title, ${t}.id`,
  title: (t) => `${t}.sort_title, ${t}.id`,
}

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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

// Medusa's Translation Module keeps one row per record and locale; with no
// locale (:locale null) the join finds nothing and the originals stand.
const translationOf = (alias: string, id: string) =>
  `left join translation ${alias} on ${alias}.reference_id = ${id}
    and ${alias}.locale_code = :locale and ${alias}.deleted_at is null`

// An empty translation falls back to the original, as Medusa's own reads do.
const translated = (alias: string, field: string, original: string) =>
  `coalesce(nullif(btrim(${alias}.translations->>'${field}'), ''), ${original})`

/**
 * One statement answers a catalog page: the products listed in the key's sales
 * channels, each with its cheapest base price in IDR (a price for an IDR region
 * wins over the region-less one, as in Medusa's price calculation), workshop,
 * facility, public categories and valid certificate types; then the page, the
 * count and the facets. Titles and category names are in the request's locale
 * where a translation exists, and the title sort and filter use them.
 *
 * Facets are standard: each one counts the products matching every filter but
 * its own (the price range ignores min_price and max_price), so choosing a
 * facility still shows how many products the other facilities have.
 */
const CATALOG_SQL = (orderBy: (table: string) => string) => `
with
wanted as (
  select
    (select id from product_category
      where handle = :category and deleted_at is null and is_active and not is_internal
      limit 1) as category_id,
    (select id from facility where handle = :facility and deleted_at is null limit 1)
      as facility_id
),
${productFactsCtes()},
-- Narrow on purpose: what filters, sorts and facets need; the page adds the rest.
flagged as (
  select
    p.id, p.created_at,
    -- Byte order, so titles sort alike whatever the server's collation.
    lower(${translated("tr", "title", "p.title")}) collate "C" as sort_title,
    pp.amount as price,
    coalesce(pc.ids, '{}') as category_ids,
    coalesce(cert.types, '{}') as certifications,
    ws.workshop_id, ws.facility_id,
    (:category::text is null or coalesce(w.category_id = any(pc.ids), false)) as in_category,
    (:facility::text is null or coalesce(ws.facility_id = w.facility_id, false)) as in_facility,
    (:certification::text is null or coalesce(:certification = any(cert.types), false))
      as in_certification,
    (:min_price::numeric is null or coalesce(pp.amount >= :min_price, false))
      and (:max_price::numeric is null or coalesce(pp.amount <= :max_price, false))
      as in_price
  from product p
  cross join wanted w
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
    and (:pattern::text is null or p.title ilike :pattern
      or tr.translations->>'title' ilike :pattern)
),
page as (
  select * from flagged
  where in_category and in_facility and in_certification and in_price
  order by ${orderBy("flagged")}
  limit :limit offset :offset
)
select
  (select category_id from wanted) as category_id,
  (select facility_id from wanted) as facility_id,
  (select count(*)::int from flagged
    where in_category and in_facility and in_certification and in_price) as count,
  coalesce((
    select json_agg(json_build_object(
      'id', p.id,
      'handle', p.handle,
      'title', ${translated("ptr", "title", "p.title")},
      'subtitle', ${translated("ptr", "subtitle", "p.subtitle")},
      'thumbnail', p.thumbnail,
      'price', pg.price,
      'category', (
        select json_build_object('handle', pc.handle, 'name', ${translated("ctr", "name", "pc.name")})
        from product_category pc
        ${translationOf("ctr", "pc.id")}
        where pc.id = any(pg.category_ids)
        order by pc.rank, pc.name limit 1),
      'workshop_handle', wk.handle,
      'workshop_name', wk.name,
      'facility_handle', f.handle,
      'facility_name', f.name,
      'certifications', array(select unnest(pg.certifications) order by 1)
    ) order by ${orderBy("pg")})
    from page pg
    join product p on p.id = pg.id
    ${translationOf("ptr", "p.id")}
    left join workshop wk on wk.id = pg.workshop_id
    left join facility f on f.id = pg.facility_id), '[]') as products,
  coalesce((
    select json_agg(json_build_object(
        'handle', pc.handle, 'name', ${translated("ctr", "name", "pc.name")}, 'count', n)
      order by pc.rank, pc.name)
    from (
      select category_id, count(*)::int as n
      from flagged cross join unnest(category_ids) as category_id
      where in_facility and in_certification and in_price
      group by category_id) counted
    join product_category pc on pc.id = counted.category_id
    ${translationOf("ctr", "pc.id")}), '[]') as categories,
  coalesce((
    select json_agg(json_build_object('handle', f.handle, 'name', f.name, 'count', n)
      order by f.name, f.handle)
    from (
      select facility_id, count(*)::int as n
      from flagged
      where in_category and in_certification and in_price
      group by facility_id) counted
    join facility f on f.id = counted.facility_id), '[]') as facilities,
  coalesce((
    select json_agg(json_build_object('type', type, 'count', n) order by type)
    from (
      select type, count(*)::int as n
      from flagged cross join unnest(certifications) as type
      where in_category and in_facility and in_price
      group by type) counted), '[]') as certifications,
  (select json_build_object('min', min(price), 'max', max(price))
    from flagged where in_category and in_facility and in_certification) as price_range
`

type CatalogQueryRow = Omit<CatalogResult, "facets"> &
  Omit<CatalogFacets, "price"> & { price_range: CatalogFacets["price"] }

export async function queryCatalog(
  pg: Knex,
  params: StoreCatalogParamsType,
  salesChannelIds: string[],
  locale: string | undefined,
): Promise<CatalogResult> {
  const q = params.q?.trim()
  const sql = CATALOG_SQL(ORDER_BY[params.sort])
  const bindings = {
    category: params.category ?? null,
    facility: params.facility ?? null,
    certification: params.certification ?? null,
    min_price: params.min_price ?? null,
    max_price: params.max_price ?? null,
    pattern: q ? `%${escapeLike(q)}%` : null,
    channels: salesChannelIds,
    locale: locale ?? null,
    limit: params.limit,
    offset: (params.page - 1) * params.limit,
  }
  // From roughly 40k products the plan's estimated cost passes PostgreSQL's
  // default JIT threshold, and compiling this statement then takes longer than
  // running it (1.7 s against 0.2 s measured), so JIT is off for it alone.
  const { rows } = await pg.transaction(async (trx) => {
    await trx.raw("set local jit = off")
    return trx.raw<{ rows: CatalogQueryRow[] }>(sql, bindings)
  })
  const [row] = rows
  return {
    category_id: row.category_id,
    facility_id: row.facility_id,
    count: row.count,
    products: row.products,
    facets: {
      categories: row.categories,
      facilities: row.facilities,
      certifications: row.certifications,
      price: row.price_range,
    },
  }
}
