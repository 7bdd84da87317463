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
import { expiringBatches, type SoonExpiringBatch } from "./expiring-batches"

export const BEST_SELLERS_LIMIT = 10
export const EXPIRY_HORIZON_DAYS = 30

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

export type ExpiringBatch = Omit<
  SoonExpiringBatch,
  "variant_id" | "facility_id" | "due_at"
>

export type DashboardTotals = { units: number; sales: number; makers_amount: number }

export type ImpactDashboard = {
  months: DashboardMonth[]
  best_sellers: BestSeller[]
  expiring_soon: ExpiringBatch[]
  totals: DashboardTotals
}

type WorkshopRow = { id: string; name: string; facility: { id: string; name: string } }

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

/** The dashboard's expiring batches, in the shape its table has always had. */
async function expiringSoon(
  container: MedusaContainer,
  facilityId: string | undefined,
  now: Date,
): Promise<ExpiringBatch[]> {
  const batches = await expiringBatches(container, {
    now,
    days: EXPIRY_HORIZON_DAYS,
    facility_id: facilityId,
  })
  return batches.map(
    ({ variant_id: _variant, facility_id: _facility, due_at: _due, ...batch }) => batch,
  )
}
