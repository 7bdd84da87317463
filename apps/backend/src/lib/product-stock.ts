import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { blockedUnitsByVariant } from "../workflows/quality/steps/sale-gate"

type VariantStock = {
  product_id: string
  variant_id: string
  unlimited: boolean
  available: string | number | null
}

/**
 * Units each variant can deliver from the locations of the key's sales
 * channels, the way Medusa's getVariantAvailability counts them (stocked minus
 * reserved, per required unit of each inventory item, the scarcest item
 * deciding), in one query for the page's products.
 */
const STOCK_SQL = `
with channel_locations as (
  select stock_location_id from sales_channel_stock_location
  where sales_channel_id = any(:channels::text[]) and deleted_at is null
)
select pv.product_id, pv.id as variant_id,
  (not pv.manage_inventory or pv.allow_backorder) as unlimited,
  (
    select min(floor(coalesce(level.available, 0) / nullif(pvii.required_quantity, 0)))
    from product_variant_inventory_item pvii
    left join inventory_item ii
      on ii.id = pvii.inventory_item_id and ii.deleted_at is null
    left join lateral (
      select sum(il.stocked_quantity - il.reserved_quantity) as available
      from inventory_level il
      where il.inventory_item_id = ii.id and il.deleted_at is null
        and il.location_id in (select stock_location_id from channel_locations)
    ) level on true
    where pvii.variant_id = pv.id and pvii.deleted_at is null
  ) as available
from product_variant pv
where pv.product_id = any(:products::text[]) and pv.deleted_at is null
`

/**
 * Where a product stands for a buyer now:
 * - `in_stock`: a variant not managed or allowing backorder, or one with units
 *   left once the stock of batches that may not be sold is set aside, by the
 *   same rule as the sale gate;
 * - `blocked`: units on the shelf, but all of them in batches that may not be
 *   sold (recalled, failed inspection, expired, on hold);
 * - `out_of_stock`: nothing on the shelf.
 */
export type StockState = "in_stock" | "blocked" | "out_of_stock"

export async function productStockStates(
  pg: Knex,
  container: MedusaContainer,
  productIds: string[],
  salesChannelIds: string[],
): Promise<Map<string, StockState>> {
  const states = new Map<string, StockState>(productIds.map((id) => [id, "out_of_stock"]))
  if (!productIds.length) {
    return states
  }
  const { rows } = await pg.raw<{ rows: VariantStock[] }>(STOCK_SQL, {
    channels: salesChannelIds,
    products: productIds,
  })
  for (const row of rows) {
    if (row.unlimited) {
      states.set(row.product_id, "in_stock")
    }
  }
  const stocked = rows.filter(
    (row) => states.get(row.product_id) !== "in_stock" && Number(row.available ?? 0) > 0,
  )
  if (!stocked.length) {
    return states
  }
  const blocked = await blockedUnitsByVariant(
    container,
    stocked.map((row) => row.variant_id),
    new Date(),
  )
  for (const row of stocked) {
    if (Number(row.available) - (blocked.get(row.variant_id) ?? 0) > 0) {
      states.set(row.product_id, "in_stock")
    } else if (states.get(row.product_id) === "out_of_stock") {
      states.set(row.product_id, "blocked")
    }
  }
  return states
}

/** The products a buyer can have now (see productStockStates). */
export async function inStockProducts(
  pg: Knex,
  container: MedusaContainer,
  productIds: string[],
  salesChannelIds: string[],
): Promise<Set<string>> {
  const states = await productStockStates(pg, container, productIds, salesChannelIds)
  return new Set(
    [...states].filter(([, state]) => state === "in_stock").map(([id]) => id),
  )
}
