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

/**
 * Refuses a cart that needs stock only blocked batches hold. Stock of unknown
 * origin (no batches) and plain shortages are left to Medusa's own checks.
 */
export async function assertSellableStock(
  container: MedusaContainer,
  request: SaleRequest,
): Promise<void> {
  const variantIds = [...request.quantities.keys()]
  if (!variantIds.length || !request.sales_channel_id) {
    return
  }
  const blocked = await blockedUnitsByVariant(
    container,
    variantIds,
    request.now ?? new Date(),
  )
  const gated = variantIds.filter((id) => (blocked.get(id) ?? 0) > 0)
  if (!gated.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const availability = await getVariantAvailability(query, {
    variant_ids: gated,
    sales_channel_id: request.sales_channel_id,
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title"],
    filters: { id: gated },
  })
  const problems = gated.flatMap((id) => {
    const available = availability[id]?.availability ?? 0
    const sellable = Math.max(0, available - blocked.get(id)!)
    if (request.quantities.get(id)! <= sellable) {
      return []
    }
    const variant = variants.find((row) => row.id === id) as
      | { title: string | null; product?: { title: string } }
      | undefined
    const name = [variant?.product?.title, variant?.title].filter(Boolean).join(" - ")
    return [
      `${name}: only ${sellable} can be sold; the rest of its stock is from batches that are recalled, failed inspection, expired or on hold`,
    ]
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join("; "))
  }
}
