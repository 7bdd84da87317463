/**
 * Sellable batches that will expire or pass their best-before date soon, with
 * the units the ledger says are left of them: what staff should sell first or
 * take off the shelf. Read by the impact dashboard and the daily stock watch.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../modules/impact"
import type ImpactModuleService from "../modules/impact/service"
import { PROVENANCE_MODULE } from "../modules/provenance"
import type ProvenanceModuleService from "../modules/provenance/service"
import { judgeBatches } from "../workflows/quality/steps/judge-batches"

const DAY = 24 * 60 * 60 * 1000

export type SoonExpiringBatch = {
  batch_id: string
  code: string
  variant_id: string
  product_title: string | null
  variant_title: string | null
  workshop_name: string | null
  facility_id: string | null
  facility_name: string | null
  expires_at: Date | null
  best_before: Date | null
  /** The first of the two dates inside the window: when staff must act. */
  due_at: Date
  units_left: number
}

type BatchRow = {
  id: string
  workshop?: { name: string; facility?: { id: string; name: string } | null } | null
  product_variant?: { title: string | null; product?: { title: string } | null } | null
}

function dueAt(
  batch: { expires_at: Date | null; best_before: Date | null },
  now: Date,
  horizon: Date,
): Date {
  const due = [batch.expires_at, batch.best_before]
    .map((date) => (date ? new Date(date).getTime() : NaN))
    .filter((time) => time > now.getTime() && time <= horizon.getTime())
  return new Date(Math.min(...due))
}

/**
 * Sellable batches (by the sale gate's own rule) whose expiry or best-before
 * date falls within the next `days`, soonest first, with units still unsold;
 * only the facility's when `facility_id` is given.
 */
export async function expiringBatches(
  container: MedusaContainer,
  { now, days, facility_id }: { now: Date; days: number; facility_id?: string },
): Promise<SoonExpiringBatch[]> {
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const horizon = new Date(now.getTime() + days * DAY)
  const window = { $gt: now, $lte: horizon }
  const candidates = await provenance.listProductionBatches({
    status: "active",
    $or: [{ expires_at: window }, { best_before: window }],
  })
  if (!candidates.length) {
    return []
  }
  const ids = candidates.map((batch) => batch.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [verdicts, sold, { data }] = await Promise.all([
    judgeBatches(container, candidates, now),
    impact.unitsSoldByBatch(ids),
    query.graph({
      entity: "production_batch",
      fields: [
        "id",
        "workshop.name",
        "workshop.facility.id",
        "workshop.facility.name",
        "product_variant.title",
        "product_variant.product.title",
      ],
      filters: { id: ids },
    }),
  ])
  const rows = new Map((data as BatchRow[]).map((row) => [row.id, row]))
  return candidates
    .filter((batch) => verdicts.get(batch.id)!.sellable)
    .filter(
      (batch) =>
        !facility_id || rows.get(batch.id)?.workshop?.facility?.id === facility_id,
    )
    .map((batch) => {
      const row = rows.get(batch.id)
      return {
        batch_id: batch.id,
        code: batch.code,
        variant_id: batch.variant_id,
        product_title: row?.product_variant?.product?.title ?? null,
        variant_title: row?.product_variant?.title ?? null,
        workshop_name: row?.workshop?.name ?? null,
        facility_id: row?.workshop?.facility?.id ?? null,
        facility_name: row?.workshop?.facility?.name ?? null,
        expires_at: batch.expires_at,
        best_before: batch.best_before,
        due_at: dueAt(batch, now, horizon),
        units_left: Math.max(0, batch.quantity - (sold.get(batch.id) ?? 0)),
      }
    })
    .filter((batch) => batch.units_left > 0)
    .sort(
      (a, b) => a.due_at.getTime() - b.due_at.getTime() || a.code.localeCompare(b.code),
    )
}
