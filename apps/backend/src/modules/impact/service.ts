import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { IMPACT_ENTRY_KINDS, ImpactEntry } from "./models/impact-entry"

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

export type ProductImpact = { product_id: string; units: number; amount: number }

/** Months are bookkept in Indonesia's western time, where the facilities are. */
const LEDGER_TIME_ZONE = "Asia/Jakarta"

const LEDGER_MONTH = `to_char(occurred_at at time zone '${LEDGER_TIME_ZONE}', 'YYYY-MM')`

/** The where clause (and its parameters) of ledger entries in a range of months, of one facility or all. */
function monthConditions(filter: WorkshopMonthFilter): {
  where: string
  params: string[]
} {
  const conditions = ["deleted_at is null"]
  const params: string[] = []
  if (filter.from) {
    conditions.push(`${LEDGER_MONTH} >= ?`)
    params.push(filter.from)
  }
  if (filter.to) {
    conditions.push(`${LEDGER_MONTH} <= ?`)
    params.push(filter.to)
  }
  if (filter.facility_id) {
    conditions.push("facility_id = ?")
    params.push(filter.facility_id)
  }
  return { where: conditions.join(" and "), params }
}

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
    const { where, params } = monthConditions(filter)
    const rows: (TotalsRow & { workshop_id: string; month: string })[] =
      await context.manager!.execute(
        `select workshop_id, ${LEDGER_MONTH} as month, ${NET_TOTALS}
           from impact_entry
          where ${where}
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

  /**
   * The products that sold the most units (net of reversals) in a period, with
   * their line totals. In SQL because ranking needs the whole period grouped,
   * which listing the entries would load row by row.
   */
  @InjectManager()
  async bestSellingProducts(
    filter: WorkshopMonthFilter & { limit: number },
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<ProductImpact[]> {
    const { where, params } = monthConditions(filter)
    const rows: ({ product_id: string } & Record<"units" | "amount", string | number>)[] =
      await context.manager!.execute(
        `select product_id, sum(quantity)::bigint as units, coalesce(sum(amount), 0) as amount
           from impact_entry
          where ${where}
          group by product_id
         having sum(quantity) > 0
          order by units desc, amount desc, product_id
          limit ?`,
        [...params, filter.limit],
      )
    return rows.map((row) => ({
      product_id: row.product_id,
      units: Number(row.units),
      amount: Number(row.amount),
    }))
  }

  /** How many ledger entries fall in a bookkeeping period. */
  @InjectManager()
  async countEntriesInPeriod(
    period: LedgerPeriod,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<number> {
    const { conditions, params } = periodConditions(period)
    const [row]: { count: string | number }[] = await context.manager!.execute(
      `select count(*) as count from impact_entry where ${conditions}`,
      params,
    )
    return Number(row.count)
  }

  /**
   * One page of a period's ledger entries in (occurred_at, id) order, after the
   * given cursor. Keyset pages stay as fast at the end of a long period as at its
   * start, where an offset would rescan every earlier row.
   */
  @InjectManager()
  async listEntriesInPeriod(
    period: LedgerPeriod,
    page: { after?: LedgerCursor | null; limit: number },
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<LedgerEntryRow[]> {
    const { conditions, params } = periodConditions(period)
    const after = page.after
      ? {
          sql: " and (occurred_at, id) > (?::timestamptz, ?)",
          params: [page.after.occurred_at, page.after.id],
        }
      : { sql: "", params: [] }
    // The instant travels as text with microseconds: a JS Date keeps only
    // milliseconds, and a truncated cursor would return a row twice.
    const rows: RawEntryRow[] = await context.manager!.execute(
      `select id, kind, order_id, line_item_id, product_id, variant_id, batch_id,
              workshop_id, facility_id, currency_code, quantity, amount, makers_amount,
              capital_amount, state_revenue_amount,
              to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                as occurred_at_utc
         from impact_entry
        where ${conditions}${after.sql}
        order by occurred_at, id
        limit ?`,
      [...params, ...after.params, page.limit],
    )
    return rows.map(({ occurred_at_utc, ...row }) => ({
      ...row,
      occurred_at: occurred_at_utc,
      quantity: Number(row.quantity),
      amount: Number(row.amount),
      makers_amount: Number(row.makers_amount),
      capital_amount: Number(row.capital_amount),
      state_revenue_amount: Number(row.state_revenue_amount),
    }))
  }

  /** How many (day, workshop, product) groups a period's daily sales have. */
  @InjectManager()
  async countDailySalesInPeriod(
    period: LedgerPeriod,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<number> {
    const { conditions, params } = periodConditions(period)
    const [row]: { count: string | number }[] = await context.manager!.execute(
      `select count(*) as count
         from (select 1 from (${dailyEntries(conditions)}) entry
                group by day, facility_id, workshop_id, product_id) daily`,
      params,
    )
    return Number(row.count)
  }

  /**
   * One page of net ledger totals (sales minus reversals) per Jakarta day,
   * workshop and product, after the given group.
   */
  @InjectManager()
  async listDailySalesInPeriod(
    period: LedgerPeriod,
    page: { after?: DailySalesCursor | null; limit: number },
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<DailySales[]> {
    const { conditions, params } = periodConditions(period)
    const after = page.after
      ? {
          sql: "where (day, facility_id, workshop_id, product_id) > (?, ?, ?, ?)",
          params: [
            page.after.day,
            page.after.facility_id,
            page.after.workshop_id,
            page.after.product_id,
          ],
        }
      : { sql: "", params: [] }
    const rows: (TotalsRow & DailySalesCursor)[] = await context.manager!.execute(
      `select day, facility_id, workshop_id, product_id, ${NET_TOTALS}
         from (${dailyEntries(conditions)}) entry
         ${after.sql}
        group by day, facility_id, workshop_id, product_id
        order by day, facility_id, workshop_id, product_id
        limit ?`,
      [...params, ...after.params, page.limit],
    )
    return rows.map((row) => ({
      day: row.day,
      facility_id: row.facility_id,
      workshop_id: row.workshop_id,
      product_id: row.product_id,
      ...toTotals(row),
    }))
  }
}

/** A bookkeeping period: calendar days in Jakarta, both ends included. */
export type LedgerPeriod = {
  /** First day, "YYYY-MM-DD". */
  from: string
  /** Last day, "YYYY-MM-DD". */
  to: string
  facility_id?: string
}

/** Where the previous page ended: `occurred_at` is the exact UTC instant as text. */
export type LedgerCursor = { occurred_at: string; id: string }

export type LedgerEntryRow = {
  id: string
  kind: (typeof IMPACT_ENTRY_KINDS)[number]
  order_id: string
  line_item_id: string
  product_id: string
  variant_id: string | null
  batch_id: string | null
  workshop_id: string
  facility_id: string
  currency_code: string
  /** UTC instant with microseconds, "2026-03-01T02:03:04.123456Z". */
  occurred_at: string
  quantity: number
  amount: number
  makers_amount: number
  capital_amount: number
  state_revenue_amount: number
}

type RawEntryRow = Omit<LedgerEntryRow, "occurred_at" | "quantity" | keyof ImpactTotals> &
  Record<"quantity" | Exclude<keyof ImpactTotals, "units">, string | number> & {
    occurred_at_utc: string
  }

export type DailySalesCursor = {
  /** Jakarta calendar day, "YYYY-MM-DD". */
  day: string
  facility_id: string
  workshop_id: string
  product_id: string
}

export type DailySales = DailySalesCursor & ImpactTotals

/*
 * Day boundaries are turned into instants once, so the comparison runs on the
 * stored column itself rather than on a conversion of every row.
 */
function periodConditions(period: LedgerPeriod): {
  conditions: string
  params: string[]
} {
  const conditions = [
    "deleted_at is null",
    `occurred_at >= (?::date)::timestamp at time zone '${LEDGER_TIME_ZONE}'`,
    `occurred_at < (?::date + 1)::timestamp at time zone '${LEDGER_TIME_ZONE}'`,
  ]
  const params = [period.from, period.to]
  if (period.facility_id) {
    conditions.push("facility_id = ?")
    params.push(period.facility_id)
  }
  return { conditions: conditions.join(" and "), params }
}

function dailyEntries(conditions: string): string {
  return `select to_char(occurred_at at time zone '${LEDGER_TIME_ZONE}', 'YYYY-MM-DD') as day,
                 facility_id, workshop_id, product_id, quantity, amount, makers_amount,
                 capital_amount, state_revenue_amount
            from impact_entry
           where ${conditions}`
}
