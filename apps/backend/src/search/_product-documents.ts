import { container } from "@medusajs/framework"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productFactsCtes } from "../lib/product-facts-sql"
import { productStockStates } from "../lib/product-stock"
import { synonymAliases } from "../lib/search-synonyms"

/** One product as the search index holds it: only public facts. */
export type ProductSearchDocument = {
  id: string
  handle: string
  title: string
  subtitle: string
  description: string
  thumbnail: string
  status: string
  created_at: Date
  price: number
  has_price: boolean
  category_handle: string
  category_name: string
  category_handles: string[]
  category_names: string[]
  tags: string[]
  workshop_handle: string
  workshop_name: string
  facility_handle: string
  facility_name: string
  certifications: string[]
  halal: boolean
  in_stock: boolean
  sales_channel_ids: string[]
  aliases: string[]
}

type ProductFactsRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  status: string
  created_at: Date
  price: string | number | null
  categories: { handle: string; name: string }[]
  tags: string[]
  workshop_handle: string | null
  workshop_name: string | null
  facility_handle: string | null
  facility_name: string | null
  certifications: string[]
  standard_met: boolean | null
  sales_channel_ids: string[]
}

const PRODUCT_FACTS_SQL = `
with ${productFactsCtes(":ids::text[]")}
select p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.status,
  p.created_at, pp.amount as price,
  coalesce((
    select json_agg(json_build_object('handle', c.handle, 'name', c.name)
      order by c.rank, c.name)
    from product_category c where c.id = any(pc.ids)), '[]') as categories,
  array(
    select t.value from product_tags ptg
    join product_tag t on t.id = ptg.product_tag_id and t.deleted_at is null
    where ptg.product_id = p.id order by t.value) as tags,
  wk.handle as workshop_handle, wk.name as workshop_name,
  f.handle as facility_handle, f.name as facility_name,
  array(select unnest(coalesce(cert.types, '{}')) order by 1) as certifications,
  pq.standard_met,
  array(
    select psc.sales_channel_id from product_sales_channel psc
    where psc.product_id = p.id and psc.deleted_at is null
    order by 1) as sales_channel_ids
from product p
left join product_price pp on pp.product_id = p.id
left join product_categories pc on pc.product_id = p.id
left join product_certifications cert on cert.product_id = p.id
left join product_workshop ws on ws.product_id = p.id
left join workshop wk on wk.id = ws.workshop_id
left join facility f on f.id = ws.facility_id
left join product_quality pq on pq.product_id = p.id and pq.deleted_at is null
where p.id = any(:ids::text[]) and p.deleted_at is null
`

/**
 * The documents of the given products. A product the public may not see or buy
 * gets none, so the index drops it: not published, its quality standard not met,
 * or all its stock held in batches that may not be sold.
 *
 * The Search Module hands index definitions only `query`, so the rows are read
 * with the application's database connection, in two statements per page.
 */
export async function buildProductDocuments(
  productIds: string[],
): Promise<ProductSearchDocument[]> {
  if (!productIds.length) {
    return []
  }
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw<{ rows: ProductFactsRow[] }>(PRODUCT_FACTS_SQL, {
    ids: productIds,
  })
  const visible = rows.filter(
    (row) => row.status === "published" && row.standard_met !== false,
  )
  const channels = [...new Set(visible.flatMap((row) => row.sales_channel_ids))]
  const stock = await productStockStates(
    pg,
    container,
    visible.map((row) => row.id),
    channels,
  )
  return visible
    .filter((row) => stock.get(row.id) !== "blocked")
    .map((row) => toDocument(row, stock.get(row.id) === "in_stock"))
}

function toDocument(row: ProductFactsRow, inStock: boolean): ProductSearchDocument {
  const [category] = row.categories
  const price = row.price === null ? null : Number(row.price)
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? "",
    description: row.description ?? "",
    thumbnail: row.thumbnail ?? "",
    status: row.status,
    created_at: new Date(row.created_at),
    // Engines cannot sort on a missing value; an unpriced product sorts last
    // by price_asc through has_price.
    price: price ?? 0,
    has_price: price !== null,
    category_handle: category?.handle ?? "",
    category_name: category?.name ?? "",
    category_handles: row.categories.map((c) => c.handle),
    category_names: row.categories.map((c) => c.name),
    tags: row.tags,
    workshop_handle: row.workshop_handle ?? "",
    workshop_name: row.workshop_name ?? "",
    facility_handle: row.facility_handle ?? "",
    facility_name: row.facility_name ?? "",
    certifications: row.certifications,
    halal: row.certifications.includes("halal"),
    in_stock: inStock,
    sales_channel_ids: row.sales_channel_ids,
    aliases: synonymAliases(
      row.title,
      row.subtitle,
      ...row.tags,
      ...row.categories.map((c) => c.name),
    ),
  }
}
