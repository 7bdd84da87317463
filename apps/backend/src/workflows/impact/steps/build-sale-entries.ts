import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { attributeLineToBatches, splitByShares } from "../../../modules/impact/split"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { judgeBatches } from "../../quality/steps/judge-batches"
import type { ImpactEntryData } from "./create-impact-entries"

type OrderRow = {
  id: string
  currency_code: string
  items?: {
    id: string
    quantity: BigNumberInput
    total: BigNumberInput
    product_id: string | null
    variant_id: string | null
  }[]
}

type MakerRow = {
  id: string
  workshop?: {
    id: string
    facility: {
      id: string
      makers_share_bps: number
      capital_share_bps: number
      state_revenue_share_bps: number
    }
  } | null
}

/** Sellable batches in the order stock leaves the shelf: first expiry, then oldest. */
function byFirstExpiry(
  a: { expires_at: Date | null; best_before: Date | null; produced_at: Date },
  b: typeof a,
): number {
  const expiry = (batch: typeof a) =>
    (batch.expires_at ?? batch.best_before)?.getTime() ?? Number.POSITIVE_INFINITY
  return expiry(a) - expiry(b) || a.produced_at.getTime() - b.produced_at.getTime()
}

/**
 * Turns a paid order into sale entries: each line made by a workshop is
 * attributed to that variant's sellable batches first-expiry-first-out, and each part is
 * split by the facility's current shares. Lines of products no workshop makes
 * are not part of the programme and get no entry.
 */
export const buildSaleEntriesStep = createStep(
  "build-sale-entries",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        // The order module computes line totals (and quantities) only when an order total is asked for.
        "total",
        "items.id",
        "items.quantity",
        "items.total",
        "items.product_id",
        "items.variant_id",
      ],
      filters: { id: order_id },
    })
    const order = orders[0] as OrderRow | undefined
    const items = (order?.items ?? []).filter((item) => item.product_id)
    if (!order || !items.length) {
      return new StepResponse<ImpactEntryData[]>([])
    }

    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "workshop.id",
        "workshop.facility.id",
        "workshop.facility.makers_share_bps",
        "workshop.facility.capital_share_bps",
        "workshop.facility.state_revenue_share_bps",
      ],
      filters: { id: [...new Set(items.map((item) => item.product_id!))] },
    })
    const makerOf = new Map((products as MakerRow[]).map((row) => [row.id, row.workshop]))

    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const variantIds = [
      ...new Set(items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))),
    ]
    const occurredAt = new Date()
    // Only sellable batches (not recalled, failed, expired or on hold) can have supplied the sale.
    const candidates = variantIds.length
      ? await provenance.listProductionBatches({ variant_id: variantIds })
      : []
    const verdicts = await judgeBatches(container, candidates, occurredAt)
    const batches = candidates.filter((batch) => verdicts.get(batch.id)!.sellable)
    const sold = await impact.unitsSoldByBatch(batches.map((batch) => batch.id))
    const available = new Map(
      batches.map((batch) => [batch.id, batch.quantity - (sold.get(batch.id) ?? 0)]),
    )

    const entries: ImpactEntryData[] = []
    for (const item of items) {
      const workshop = makerOf.get(item.product_id!)
      if (!workshop) {
        continue
      }
      const { facility } = workshop
      const candidates = batches
        .filter((batch) => batch.variant_id === item.variant_id)
        .sort(byFirstExpiry)
        .map((batch) => ({ batch_id: batch.id, available: available.get(batch.id) ?? 0 }))
      const portions = attributeLineToBatches(
        {
          quantity: MathBN.convert(item.quantity).toNumber(),
          // Rupiah have no minor unit: the ledger counts whole rupiah.
          total: Math.round(MathBN.convert(item.total).toNumber()),
        },
        candidates,
      )
      for (const portion of portions) {
        if (portion.batch_id) {
          available.set(
            portion.batch_id,
            available.get(portion.batch_id)! - portion.quantity,
          )
        }
        const split = splitByShares(portion.amount, {
          makers_bps: facility.makers_share_bps,
          capital_bps: facility.capital_share_bps,
          state_revenue_bps: facility.state_revenue_share_bps,
        })
        entries.push({
          entry_key: `order_paid:${order.id}:${item.id}:${portion.batch_id ?? "none"}`,
          kind: "sale",
          source: "order_paid",
          source_id: order.id,
          order_id: order.id,
          line_item_id: item.id,
          product_id: item.product_id!,
          variant_id: item.variant_id,
          batch_id: portion.batch_id,
          workshop_id: workshop.id,
          facility_id: facility.id,
          currency_code: order.currency_code,
          quantity: portion.quantity,
          amount: portion.amount,
          makers_amount: split.makers,
          capital_amount: split.capital,
          state_revenue_amount: split.state_revenue,
          makers_share_bps: facility.makers_share_bps,
          capital_share_bps: facility.capital_share_bps,
          state_revenue_share_bps: facility.state_revenue_share_bps,
          occurred_at: occurredAt,
        })
      }
    }
    return new StepResponse(entries)
  },
)
