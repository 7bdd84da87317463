/**
 * The staff impact dashboard as one read: ledger totals per workshop and month,
 * the period's best sellers, and the sellable batches that will expire or pass
 * their best-before date soon, with the units the ledger says are left of them.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../modules/impact"
import type ImpactModuleService from "../modules/impact/service"
import type { WorkshopMonthFilter } from "../modules/impact/service"
import { PROVENANCE_MODULE } from "../modules/provenance"
import type ProvenanceModuleService from "../modules/provenance/service"
import { judgeBatches } from "../workflows/quality/steps/judge-batches"

export const BEST_SELLERS_LIMIT = 10
export const EXPIRY_HORIZON_DAYS = 30

const DAY = 24 * 60 * 60 * 1000

export type DashboardMonth = {
  month: string
  workshop_id: string
  workshop_name: string | null
  facility_id: string | null
  facility_name: string | null
  units: number
  /** Line totals, whole rupiah. */
  sales: number
  makers_amount: number
}

export type BestSeller = {
  product_id: string
  title: string | null
  units: number
  sales: number
}

export type ExpiringBatch = {
  batch_id: string
  code: string
  product_title: string | null
  variant_title: string | null
  workshop_name: string | null
  facility_name: string | null
  expires_at: Date | null
  best_before: Date | null
  units_left: number
}

export type DashboardTotals = { units: number; sales: number; makers_amount: number }

export type ImpactDashboard = {
  months: DashboardMonth[]
  best_sellers: BestSeller[]
  expiring_soon: ExpiringBatch[]
  totals: DashboardTotals
}

type WorkshopRow = { id: string; name: string; facility: { id: string; name: string } }

type BatchRow = {
  id: string
  workshop?: { name: string; facility?: { id: string; name: string } | null } | null
  product_variant?: { title: string | null; product?: { title: string } | null } | null
}

export async function impactDashboard(
  container: MedusaContainer,
  filter: WorkshopMonthFilter,
  now = new Date(),
): Promise<ImpactDashboard> {
  const [months, best_sellers, expiring_soon] = await Promise.all([
    monthlyImpact(container, filter),
    bestSellers(container, filter),
    expiringSoon(container, filter.facility_id, now),
  ])
  const totals = months.reduce(
    (sum, row) => ({
      units: sum.units + row.units,
      sales: sum.sales + row.sales,
      makers_amount: sum.makers_amount + row.makers_amount,
    }),
    { units: 0, sales: 0, makers_amount: 0 },
  )
  return { months, best_sellers, expiring_soon, totals }
}

/** Net ledger totals per workshop and month, oldest month first (the order of a chart). */
async function monthlyImpact(
  container: MedusaContainer,
  filter: WorkshopMonthFilter,
): Promise<DashboardMonth[]> {
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const summary = await impact.summarizeByWorkshopMonth(filter)
  if (!summary.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "workshop",
    fields: ["id", "name", "facility.id", "facility.name"],
    filters: { id: [...new Set(summary.map((row) => row.workshop_id))] },
  })
  const workshops = new Map((data as WorkshopRow[]).map((row) => [row.id, row]))
  return summary
    .map((row) => {
      const workshop = workshops.get(row.workshop_id)
      return {
        month: row.month,
        workshop_id: row.workshop_id,
        workshop_name: workshop?.name ?? null,
        facility_id: workshop?.facility.id ?? null,
        facility_name: workshop?.facility.name ?? null,
        units: row.units,
        sales: row.amount,
        makers_amount: row.makers_amount,
      }
    })
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        (a.workshop_name ?? "").localeCompare(b.workshop_name ?? ""),
    )
}

async function bestSellers(
  container: MedusaContainer,
  filter: WorkshopMonthFilter,
): Promise<BestSeller[]> {
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const ranked = await impact.bestSellingProducts({
    ...filter,
    limit: BEST_SELLERS_LIMIT,
  })
  if (!ranked.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: ranked.map((row) => row.product_id) },
  })
  const titles = new Map(data.map((row) => [row.id, row.title as string]))
  return ranked.map((row) => ({
    product_id: row.product_id,
    title: titles.get(row.product_id) ?? null,
    units: row.units,
    sales: row.amount,
  }))
}

/** The first of a batch's dates that falls in the window, which is when staff must act. */
function dueIn(
  batch: { expires_at: Date | null; best_before: Date | null },
  now: Date,
  horizon: Date,
): number {
  const due = [batch.expires_at, batch.best_before]
    .map((date) => (date ? new Date(date).getTime() : NaN))
    .filter((time) => time > now.getTime() && time <= horizon.getTime())
  return Math.min(...due)
}

/**
 * Sellable batches (by the sale gate's own rule) whose expiry or best-before
 * date falls within the next days, soonest first, with units still unsold.
 */
async function expiringSoon(
  container: MedusaContainer,
  facilityId: string | undefined,
  now: Date,
): Promise<ExpiringBatch[]> {
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
  const horizon = new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY)
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
      (batch) => !facilityId || rows.get(batch.id)?.workshop?.facility?.id === facilityId,
    )
    .map((batch) => {
      const row = rows.get(batch.id)
      return {
        batch_id: batch.id,
        code: batch.code,
        product_title: row?.product_variant?.product?.title ?? null,
        variant_title: row?.product_variant?.title ?? null,
        workshop_name: row?.workshop?.name ?? null,
        facility_name: row?.workshop?.facility?.name ?? null,
        expires_at: batch.expires_at,
        best_before: batch.best_before,
        units_left: Math.max(0, batch.quantity - (sold.get(batch.id) ?? 0)),
        due: dueIn(batch, now, horizon),
      }
    })
    .filter((batch) => batch.units_left > 0)
    .sort((a, b) => a.due - b.due || a.code.localeCompare(b.code))
    .map(({ due: _due, ...batch }) => batch)
}
