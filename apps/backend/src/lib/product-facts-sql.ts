/**
 * Table of the product <-> workshop link (src/links/product-workshop.ts); Medusa
 * names link tables after their modules and models.
 */
const PRODUCT_WORKSHOP_TABLE = "product_product_provenance_workshop"

/**
 * The facts a listing and the search index read per product, as CTEs to put in
 * a statement's `with`: `product_price` (cheapest base price in IDR: a price for
 * an IDR region wins over the region-less one, as in Medusa's price
 * calculation), `product_categories` (public categories), `product_certifications`
 * (certificate types valid now) and `product_workshop` (workshop and facility).
 *
 * `productIds`, an SQL expression of a text[] such as `:ids::text[]`, limits each
 * CTE to those products. PostgreSQL does not carry a filter on the products joined
 * to these grouped CTEs into them, so without it every CTE reads the whole catalog:
 * reindexing one product after a sale took over a second at 50,000 products.
 */
export function productFactsCtes(productIds?: string) {
  const only = (column: string) =>
    productIds ? `and ${column} = any(${productIds})` : ""
  const ofProducts = productIds
    ? `and pvps.variant_id in (select id from product_variant where deleted_at is null and product_id = any(${productIds}))`
    : ""
  return `
variant_price as (
  select pvps.variant_id,
    coalesce(min(pr.amount) filter (where pr.rules_count = 1), min(pr.amount)) as amount
  from product_variant_price_set pvps
  join price pr on pr.price_set_id = pvps.price_set_id
  where pvps.deleted_at is null and pr.deleted_at is null and pr.price_list_id is null
    ${ofProducts}
    and pr.currency_code = 'idr'
    and (pr.min_quantity is null or pr.min_quantity <= 1)
    and (pr.max_quantity is null or pr.max_quantity >= 1)
    and (pr.rules_count = 0 or (pr.rules_count = 1 and pr.id in (
      select r.price_id from price_rule r
      join region rg on rg.id = r.value and rg.currency_code = 'idr' and rg.deleted_at is null
      where r.deleted_at is null and r.attribute = 'region_id' and r.operator = 'eq')))
  group by pvps.variant_id
),
product_price as (
  select pv.product_id, min(vp.amount) as amount
  from product_variant pv
  join variant_price vp on vp.variant_id = pv.id
  where pv.deleted_at is null ${only("pv.product_id")}
  group by pv.product_id
),
product_categories as (
  select pcp.product_id, array_agg(pc.id) as ids
  from product_category_product pcp
  join product_category pc on pc.id = pcp.product_category_id
    and pc.deleted_at is null and pc.is_active and not pc.is_internal
  where true ${only("pcp.product_id")}
  group by pcp.product_id
),
valid_certificates as (
  select pq.product_id, c.item->>'type' as type
  from product_quality pq
  cross join lateral jsonb_array_elements(
    case when jsonb_typeof(pq.certificates->'items') = 'array'
      then pq.certificates->'items' else '[]'::jsonb end) as c(item)
  where pq.deleted_at is null ${only("pq.product_id")}
    and (c.item->>'valid_from')::timestamptz <= now()
    and (c.item->>'valid_until' is null or (c.item->>'valid_until')::timestamptz >= now())
  group by pq.product_id, type
),
product_certifications as (
  select product_id, array_agg(type) as types from valid_certificates group by product_id
),
product_workshop as (
  select pw.product_id, wk.id as workshop_id, f.id as facility_id
  from (
    select product_id, min(workshop_id) as workshop_id
    from ${PRODUCT_WORKSHOP_TABLE}
    where deleted_at is null ${only("product_id")}
    group by product_id
  ) pw
  join workshop wk on wk.id = pw.workshop_id and wk.deleted_at is null
  left join facility f on f.id = wk.facility_id and f.deleted_at is null
)
`
}
