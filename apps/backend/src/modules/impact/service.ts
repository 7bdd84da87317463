import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ImpactEntry } from "./models/impact-entry"

export type ImpactTotals = {
  units: number
  amount: number
  makers_amount: number
  capital_amount: number
  state_revenue_amount: number
}

export type FacilityImpact = ImpactTotals & { facility_id: string }
export type WorkshopMonthImpact = ImpactTotals & { workshop_id: string; month: string }

/** What is left of an order line's ledger entries for one batch, after reversals. */
export type OrderLineBalance = ImpactTotals & {
  line_item_id: string
  batch_id: string | null
  product_id: string
  variant_id: string | null
  workshop_id: string
  facility_id: string
  currency_code: string
  makers_share_bps: number
  capital_share_bps: number
  state_revenue_share_bps: number
}

export type WorkshopMonthFilter = {
  /** First month included, "YYYY-MM". */
  from?: string
  /** Last month included, "YYYY-MM". */
  to?: string
  facility_id?: string
}

/** Months are bookkept in Indonesia's western time, where the facilities are. */
const LEDGER_TIME_ZONE = "Asia/Jakarta"

const NET_TOTALS = `
  coalesce(sum(quantity), 0)::bigint as units,
  coalesce(sum(amount), 0) as amount,
  coalesce(sum(makers_amount), 0) as makers_amount,
  coalesce(sum(capital_amount), 0) as capital_amount,
  coalesce(sum(state_revenue_amount), 0) as state_revenue_amount`

type TotalsRow = Record<keyof ImpactTotals, string | number>

function toTotals(row: TotalsRow): ImpactTotals {
  return {
    units: Number(row.units),
    amount: Number(row.amount),
    makers_amount: Number(row.makers_amount),
    capital_amount: Number(row.capital_amount),
    state_revenue_amount: Number(row.state_revenue_amount),
  }
}

export default class ImpactModuleService extends MedusaService({ ImpactEntry }) {
  /** Net ledger totals (sales minus reversals) per facility. */
  @InjectManager()
  async summarizeByFacility(
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<FacilityImpact[]> {
    const rows: (TotalsRow & { facility_id: string })[] = await context.manager!.execute(
      `select facility_id, ${NET_TOTALS}
         from impact_entry
        where deleted_at is null
        group by facility_id
        order by facility_id`,
    )
    return rows.map((row) => ({ facility_id: row.facility_id, ...toTotals(row) }))
  }

  /** Net ledger balance of each order line and batch, the base of every reversal. */
  @InjectManager()
  async balancesOfOrder(
    orderId: string,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<OrderLineBalance[]> {
    const group = `line_item_id, batch_id, product_id, variant_id, workshop_id, facility_id,
      currency_code, makers_share_bps, capital_share_bps, state_revenue_share_bps`
    const rows: (TotalsRow & Omit<OrderLineBalance, keyof ImpactTotals>)[] =
      await context.manager!.execute(
        `select ${group}, ${NET_TOTALS}
           from impact_entry
          where deleted_at is null and order_id = ?
          group by ${group}
          order by line_item_id, batch_id nulls last`,
        [orderId],
      )
    return rows.map((row) => ({
      line_item_id: row.line_item_id,
      batch_id: row.batch_id,
      product_id: row.product_id,
      variant_id: row.variant_id,
      workshop_id: row.workshop_id,
      facility_id: row.facility_id,
      currency_code: row.currency_code,
      makers_share_bps: Number(row.makers_share_bps),
      capital_share_bps: Number(row.capital_share_bps),
      state_revenue_share_bps: Number(row.state_revenue_share_bps),
      ...toTotals(row),
    }))
  }

  /** Net units the ledger has attributed to each batch (sold and not reversed). */
  @InjectManager()
  async unitsSoldByBatch(
    batchIds: string[],
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<Map<string, number>> {
    if (!batchIds.length) {
      return new Map()
    }
    const rows: { batch_id: string; units: string | number }[] =
      await context.manager!.execute(
        `select batch_id, coalesce(sum(quantity), 0)::bigint as units
           from impact_entry
          where deleted_at is null and batch_id in (${batchIds.map(() => "?").join(", ")})
          group by batch_id`,
        batchIds,
      )
    return new Map(rows.map((row) => [row.batch_id, Number(row.units)]))
  }

  /** Net ledger totals per workshop and calendar month, newest month first. */
  @InjectManager()
  async summarizeByWorkshopMonth(
    filter: WorkshopMonthFilter = {},
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<WorkshopMonthImpact[]> {
    const month = `to_char(occurred_at at time zone '${LEDGER_TIME_ZONE}', 'YYYY-MM')`
    const conditions = ["deleted_at is null"]
    const params: string[] = []
    if (filter.from) {
      conditions.push(`${month} >= ?`)
      params.push(filter.from)
    }
    if (filter.to) {
      conditions.push(`${month} <= ?`)
      params.push(filter.to)
    }
    if (filter.facility_id) {
      conditions.push("facility_id = ?")
      params.push(filter.facility_id)
    }
    const rows: (TotalsRow & { workshop_id: string; month: string })[] =
      await context.manager!.execute(
        `select workshop_id, ${month} as month, ${NET_TOTALS}
           from impact_entry
          where ${conditions.join(" and ")}
          group by workshop_id, month
          order by month desc, workshop_id`,
        params,
      )
    return rows.map((row) => ({
      workshop_id: row.workshop_id,
      month: row.month,
      ...toTotals(row),
    }))
  }
}
