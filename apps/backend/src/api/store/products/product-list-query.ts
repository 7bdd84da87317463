import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The `/store/products` filters the page query answers itself. */
export type ProductListFilters = {
  salesChannelIds: string[]
  ids?: string[]
  handles?: string[]
  collectionIds?: string[]
  categoryIds?: string[]
}

export type ProductListOrder = { column: ProductOrderColumn; descending: boolean }

/** Columns a list may be ordered by; every order ends on the id, so pages never overlap. */
export const PRODUCT_ORDER_COLUMNS = [
  "id",
  "created_at",
  "updated_at",
  "title",
  "handle",
] as const
export type ProductOrderColumn = (typeof PRODUCT_ORDER_COLUMNS)[number]

// The product table's own columns, named from the whitelist above only. Titles sort
// as the buyer reads them: in the request's locale where translated (Medusa's own
// route sorts by the original), an empty translation falling back as in its reads.
const orderBy = ({ column, descending }: ProductListOrder) => {
  const direction = descending ? "desc" : "asc"
  const sortKey =
    column === "title"
      ? `coalesce(nullif(btrim(tr.translations->>'title'), ''), p.title)`
      : `p.${column}`
  return column === "id"
    ? `p.id ${direction}`
    : `${sortKey} ${direction}, p.id ${direction}`
}

const WHERE = `
  p.deleted_at is null and p.status = 'published'
  and exists (
    select 1 from product_sales_channel psc
    where psc.product_id = p.id and psc.deleted_at is null
      and psc.sales_channel_id = any(:channels::text[]))
  and (:ids::text[] is null or p.id = any(:ids::text[]))
  and (:handles::text[] is null or p.handle = any(:handles::text[]))
  and (:collections::text[] is null or p.collection_id = any(:collections::text[]))
  and (:categories::text[] is null or exists (
    select 1 from product_category_product pcp
    join product_category pc on pc.id = pcp.product_category_id
    where pcp.product_id = p.id and pc.id = any(:categories::text[])
      and pc.deleted_at is null and pc.is_active and not pc.is_internal))`

/**
 * The ids of one page of published products in the given sales channels, and how
 * many there are in all. Medusa's own list first loads the id of every product of
 * the channel and hands them back as an `IN` list, so its cost grows with the
 * catalog; here the channel is a join the page and the count each answer in one
 * statement, and only the page's ids leave the database.
 */
export async function queryProductListPage(
  pg: Knex,
  filters: ProductListFilters,
  order: ProductListOrder,
  page: { limit: number; offset: number },
  locale: string | null,
): Promise<{ ids: string[]; count: number }> {
  const bindings = {
    locale,
    channels: filters.salesChannelIds,
    ids: filters.ids ?? null,
    handles: filters.handles ?? null,
    collections: filters.collectionIds ?? null,
    categories: filters.categoryIds ?? null,
    limit: page.limit,
    offset: page.offset,
  }
  // An array built from a subquery keeps the subquery's order.
  const { rows } = await pg.raw<{ rows: { ids: string[]; count: number }[] }>(
    `select
      (select count(*)::int from product p where ${WHERE}) as count,
      array(
        select p.id from product p
        left join translation tr on tr.reference_id = p.id
          and tr.locale_code = :locale and tr.deleted_at is null
        where ${WHERE}
        order by ${orderBy(order)}
        limit :limit offset :offset) as ids`,
    bindings,
  )
  return rows[0]
}
