import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { expiringBatches, type SoonExpiringBatch } from "../../../lib/expiring-batches"
import { toNumber } from "../../../lib/amount"

export type LowStockVariant = {
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string | null
  /** Stocked minus reserved at the facility's location, in whole variants. */
  available: number
}

export type StockWatchReport = {
  facility_id: string
  facility_name: string
  low_stock: LowStockVariant[]
  expiring: SoonExpiringBatch[]
}

export type StockWatchSettings = {
  now: Date | string
  /** A variant is low when this many units or fewer are available at a location. */
  low_stock_threshold: number
  /** Batches expiring or passing their best-before date within this many days are reported. */
  expiry_days: number
}

type FacilityRow = { id: string; name: string; stock_location?: { id: string } | null }

type ProductRow = {
  title: string
  variants?:
    | {
        id: string
        title: string | null
        sku: string | null
        manage_inventory: boolean
        allow_backorder: boolean
        inventory_items?:
          | { inventory_item_id: string; required_quantity: unknown }[]
          | null
      }[]
    | null
}

/**
 * Published variants with at most `threshold` units available at each location,
 * counted like Medusa's variant availability: per required unit of each
 * inventory item, the scarcest item deciding. Variants that are not tracked or
 * allow backorders never run out; a variant with no stock level at a location
 * is not kept there.
 */
async function lowStockByLocation(
  container: MedusaContainer,
  locationIds: string[],
  threshold: number,
): Promise<Map<string, LowStockVariant[]>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const [{ data: products }, levels] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "title",
        "variants.id",
        "variants.title",
        "variants.sku",
        "variants.manage_inventory",
        "variants.allow_backorder",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.required_quantity",
      ],
      filters: { status: ProductStatus.PUBLISHED },
    }),
    inventory.listInventoryLevels(
      { location_id: locationIds },
      {
        select: [
          "inventory_item_id",
          "location_id",
          "stocked_quantity",
          "reserved_quantity",
        ],
      },
    ),
  ])
  const available = new Map(
    levels.map((level) => [
      `${level.inventory_item_id}:${level.location_id}`,
      toNumber(level.stocked_quantity) - toNumber(level.reserved_quantity),
    ]),
  )

  const low = new Map<string, LowStockVariant[]>(locationIds.map((id) => [id, []]))
  for (const product of products as ProductRow[]) {
    for (const variant of product.variants ?? []) {
      const items = (variant.inventory_items ?? [])
        .map((item) => ({
          id: item.inventory_item_id,
          required: toNumber(item.required_quantity),
        }))
        .filter((item) => item.required > 0)
      if (!variant.manage_inventory || variant.allow_backorder || !items.length) {
        continue
      }
      for (const locationId of locationIds) {
        const keys = items.map((item) => `${item.id}:${locationId}`)
        if (!keys.some((key) => available.has(key))) {
          continue
        }
        const units = Math.min(
          ...items.map((item, index) =>
            Math.floor((available.get(keys[index]) ?? 0) / item.required),
          ),
        )
        if (units <= threshold) {
          low.get(locationId)!.push({
            variant_id: variant.id,
            sku: variant.sku,
            product_title: product.title,
            variant_title: variant.title,
            available: Math.max(0, units),
          })
        }
      }
    }
  }
  for (const variants of low.values()) {
    variants.sort(
      (a, b) =>
        a.available - b.available ||
        a.product_title.localeCompare(b.product_title) ||
        (a.variant_title ?? "").localeCompare(b.variant_title ?? ""),
    )
  }
  return low
}

/**
 * What each facility's staff should act on as of `now`: variants running low at
 * its stock location and sellable batches of its workshops that expire soon.
 * Only facilities with something to report are returned. Reads only, so there
 * is nothing to compensate.
 */
export const findStockWatchReportsStep = createStep(
  "find-stock-watch-reports",
  async (settings: StockWatchSettings, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "facility",
      fields: ["id", "name", "stock_location.id"],
    })
    const facilities = data as FacilityRow[]
    const locationIds = facilities.flatMap((facility) =>
      facility.stock_location ? [facility.stock_location.id] : [],
    )
    const [low, expiring] = await Promise.all([
      locationIds.length
        ? lowStockByLocation(container, locationIds, settings.low_stock_threshold)
        : new Map<string, LowStockVariant[]>(),
      expiringBatches(container, {
        now: new Date(settings.now),
        days: settings.expiry_days,
      }),
    ])
    const reports = facilities
      .map((facility) => ({
        facility_id: facility.id,
        facility_name: facility.name,
        low_stock: facility.stock_location
          ? (low.get(facility.stock_location.id) ?? [])
          : [],
        expiring: expiring.filter((batch) => batch.facility_id === facility.id),
      }))
      .filter((report) => report.low_stock.length || report.expiring.length)
      .sort((a, b) => a.facility_name.localeCompare(b.facility_name))
    return new StepResponse<StockWatchReport[]>(reports)
  },
)
