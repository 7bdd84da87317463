import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { judgeBatches } from "./judge-batches"

export type SaleRequest = {
  sales_channel_id: string | null
  /** Units wanted per variant, the whole cart's worth. */
  quantities: Map<string, number>
  now?: Date
}

/**
 * Units still on the shelf from batches that may not be sold (recalled, failed
 * inspection, expired, on hold), per variant: stock a buyer cannot have.
 */
export async function blockedUnitsByVariant(
  container: MedusaContainer,
  variantIds: string[],
  now: Date,
): Promise<Map<string, number>> {
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const batches = await provenance.listProductionBatches({ variant_id: variantIds })
  if (!batches.length) {
    return new Map()
  }
  const ids = batches.map((batch) => batch.id)
  const [verdicts, sold] = await Promise.all([
    judgeBatches(container, batches, now),
    impact.unitsSoldByBatch(ids),
  ])
  const blocked = new Map<string, number>()
  for (const batch of batches) {
    if (!verdicts.get(batch.id)!.sellable) {
      const left = Math.max(0, batch.quantity - (sold.get(batch.id) ?? 0))
      blocked.set(batch.variant_id, (blocked.get(batch.variant_id) ?? 0) + left)
    }
  }
  return blocked
}

type CountedVariant = {
  id: string
  title: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  product?: { title: string } | null
}

/**
 * Refuses a cart that wants more than can be sold, naming the product and what is
 * left: stock that is not there, or stock only blocked batches hold. Medusa would
 * refuse a plain shortage too, but as "Some variant does not have the required
 * inventory", which tells a buyer nothing.
 */
export async function assertSellableStock(
  container: MedusaContainer,
  request: SaleRequest,
): Promise<void> {
  const variantIds = [...request.quantities.keys()]
  if (!variantIds.length || !request.sales_channel_id) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, blocked] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title"],
      filters: { id: variantIds },
    }),
    blockedUnitsByVariant(container, variantIds, request.now ?? new Date()),
  ])
  const counted = (variant: CountedVariant) =>
    variant.manage_inventory && !variant.allow_backorder
  // Blocked batches hold back even stock Medusa does not count.
  const checked = (data as CountedVariant[]).filter(
    (variant) => counted(variant) || (blocked.get(variant.id) ?? 0) > 0,
  )
  if (!checked.length) {
    return
  }
  const availability = await getVariantAvailability(query, {
    variant_ids: checked.map((variant) => variant.id),
    sales_channel_id: request.sales_channel_id,
  })
  const problems = checked.flatMap((variant) => {
    const wanted = request.quantities.get(variant.id)!
    const inStock = availability[variant.id]?.availability ?? 0
    const sellable = Math.max(0, inStock - (blocked.get(variant.id) ?? 0))
    if (wanted <= sellable) {
      return []
    }
    const name = [variant.product?.title, variant.title].filter(Boolean).join(" - ")
    if (counted(variant) && wanted > inStock) {
      return [
        sellable
          ? `${name}: not enough stock, only ${sellable} left (the cart would have ${wanted})`
          : `${name}: out of stock`,
      ]
    }
    return [
      `${name}: only ${sellable} can be sold; the rest of its stock is from batches that are recalled, failed inspection, expired or on hold`,
    ]
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join("; "))
  }
}
