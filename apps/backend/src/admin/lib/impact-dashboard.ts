import { monthsOf, type MonthRange } from "./month-range"
import type { DashboardMonth } from "./types"

export type MonthPoint = { month: string; sales: number; makers_amount: number }

export type WorkshopPoint = { workshop_id: string; name: string; units: number }

/**
 * Sales and makers' premi of every month in the range, all workshops together;
 * a month without sales is a zero, so the chart's months stay evenly spaced.
 */
export function salesByMonth(rows: DashboardMonth[], range: MonthRange): MonthPoint[] {
  const points = new Map(
    monthsOf(range).map((month) => [month, { month, sales: 0, makers_amount: 0 }]),
  )
  for (const row of rows) {
    const point = points.get(row.month)
    if (point) {
      point.sales += row.sales
      point.makers_amount += row.makers_amount
    }
  }
  return [...points.values()]
}

/** Units each workshop sold over the period, most first. */
export function unitsByWorkshop(rows: DashboardMonth[]): WorkshopPoint[] {
  const points = new Map<string, WorkshopPoint>()
  for (const row of rows) {
    const point = points.get(row.workshop_id) ?? {
      workshop_id: row.workshop_id,
      name: row.workshop_name ?? row.workshop_id,
      units: 0,
    }
    point.units += row.units
    points.set(row.workshop_id, point)
  }
  return [...points.values()].sort(
    (a, b) => b.units - a.units || a.name.localeCompare(b.name),
  )
}
