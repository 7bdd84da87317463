import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/** Blocks the batch for good; the compensation puts back its previous status. */
export const markBatchRecalledStep = createStep(
  "mark-batch-recalled",
  async ({ batch_id, reason }: { batch_id: string; reason: string }, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [batch] = await provenance.listProductionBatches({ id: batch_id })
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Production batch with id "${batch_id}" was not found`,
      )
    }
    if (batch.status === "recalled") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `batch_id: batch ${batch.code} is already recalled`,
      )
    }
    const updated = await provenance.updateProductionBatches({
      id: batch_id,
      status: "recalled",
      recalled_at: new Date(),
      recall_reason: reason,
    })
    return new StepResponse(updated, {
      id: batch_id,
      status: batch.status,
      recalled_at: batch.recalled_at,
      recall_reason: batch.recall_reason,
    })
  },
  async (previous, { container }) => {
    if (previous) {
      const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
      await provenance.updateProductionBatches(previous)
    }
  },
)

export type AffectedOrder = {
  order_id: string
  display_id: number
  email: string | null
  name: string | null
  phone: string | null
  units: number
  placed_at: string
}

type OrderRow = {
  id: string
  display_id: number
  email: string | null
  created_at: string
  shipping_address?: {
    first_name: string | null
    last_name: string | null
    phone: string | null
  } | null
}

/**
 * The orders whose units the ledger attributes to the batch (first expiry
 * first out, at payment), with the contact staff need to reach the buyers.
 */
export async function affectedOrdersOf(
  container: MedusaContainer,
  batchId: string,
): Promise<AffectedOrder[]> {
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const entries = await impact.listImpactEntries(
    { batch_id: batchId },
    { select: ["order_id", "quantity"] },
  )
  const units = new Map<string, number>()
  for (const entry of entries) {
    units.set(entry.order_id, (units.get(entry.order_id) ?? 0) + entry.quantity)
  }
  const orderIds = [...units].filter(([, count]) => count > 0).map(([id]) => id)
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "created_at",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
    ],
    filters: { id: orderIds },
  })
  return (data as OrderRow[]).map((order) => ({
    order_id: order.id,
    display_id: order.display_id,
    email: order.email,
    name:
      [order.shipping_address?.first_name, order.shipping_address?.last_name]
        .filter(Boolean)
        .join(" ") || null,
    phone: order.shipping_address?.phone ?? null,
    units: units.get(order.id)!,
    placed_at: order.created_at,
  }))
}

export const listRecallAffectedOrdersStep = createStep(
  "list-recall-affected-orders",
  async (batchId: string, { container }) =>
    new StepResponse(await affectedOrdersOf(container, batchId)),
)
