import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../modules/impact"
import type ImpactModuleService from "../modules/impact/service"
import type {
  DailySalesCursor,
  LedgerCursor,
  LedgerPeriod,
} from "../modules/impact/service"
import {
  addToTotals,
  emptyTotals,
  ledgerRecord,
  ledgerTotalRecord,
  salesRecord,
  salesTotalRecord,
  type CsvRecord,
  type ExportNames,
} from "./ledger-export"

/** Ledger rows read per query: one page is all the export holds at a time. */
export const EXPORT_PAGE_SIZE = 1000

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * Names for the ids of each page, read through Query since they live in other
 * modules. Catalog and provenance names are few and repeat across pages, so
 * they are kept; order numbers are many and kept only for their page.
 */
class ExportNameLookup {
  private readonly query: Query
  private readonly kept = {
    facilities: new Map<string, string>(),
    workshops: new Map<string, string>(),
    products: new Map<string, string>(),
    variants: new Map<string, string>(),
    batches: new Map<string, string>(),
  }

  constructor(scope: MedusaContainer) {
    this.query = scope.resolve(ContainerRegistrationKeys.QUERY)
  }

  async forPage(ids: {
    orders?: string[]
    facilities: string[]
    workshops: string[]
    products: string[]
    variants?: (string | null)[]
    batches?: (string | null)[]
  }): Promise<ExportNames> {
    await Promise.all([
      this.keep("facilities", "facility", "name", ids.facilities),
      this.keep("workshops", "workshop", "name", ids.workshops),
      this.keep("products", "product", "title", ids.products),
      this.keep("variants", "product_variant", "sku", ids.variants ?? []),
      this.keep("batches", "production_batch", "code", ids.batches ?? []),
    ])
    const orders = new Map<string, number>()
    for (const [id, displayId] of await this.read(
      "order",
      "display_id",
      unique(ids.orders ?? []),
    )) {
      orders.set(id, Number(displayId))
    }
    return { ...this.kept, orders }
  }

  private async keep(
    key: keyof ExportNameLookup["kept"],
    entity: string,
    field: string,
    ids: (string | null)[],
  ): Promise<void> {
    const names = this.kept[key]
    const missing = unique(ids).filter((id) => !names.has(id))
    for (const [id, name] of await this.read(entity, field, missing)) {
      names.set(id, String(name))
    }
  }

  private async read(
    entity: string,
    field: string,
    ids: string[],
  ): Promise<[string, unknown][]> {
    if (!ids.length) return []
    const { data } = await this.query.graph({
      entity,
      fields: ["id", field],
      filters: { id: ids },
    })
    return (data as Record<string, unknown>[])
      .filter((row) => row[field] !== null && row[field] !== undefined)
      .map((row) => [row.id as string, row[field]])
  }
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))]
}

/** Every ledger entry of the period, one record each, then the TOTAL record. */
export async function* ledgerCsvRecords(
  scope: MedusaContainer,
  period: LedgerPeriod,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CsvRecord> {
  const impact: ImpactModuleService = scope.resolve(IMPACT_MODULE)
  const lookup = new ExportNameLookup(scope)
  const totals = emptyTotals()
  let after: LedgerCursor | null = null
  for (;;) {
    const page = await impact.listEntriesInPeriod(period, { after, limit: pageSize })
    const names = await lookup.forPage({
      orders: page.map((entry) => entry.order_id),
      facilities: page.map((entry) => entry.facility_id),
      workshops: page.map((entry) => entry.workshop_id),
      products: page.map((entry) => entry.product_id),
      variants: page.map((entry) => entry.variant_id),
      batches: page.map((entry) => entry.batch_id),
    })
    for (const entry of page) {
      addToTotals(totals, entry)
      yield ledgerRecord(entry, names)
    }
    if (page.length < pageSize) break
    const last = page[page.length - 1]
    after = { occurred_at: last.occurred_at, id: last.id }
  }
  yield ledgerTotalRecord(totals)
}

/** Net sales per day, workshop and product of the period, then the TOTAL record. */
export async function* salesCsvRecords(
  scope: MedusaContainer,
  period: LedgerPeriod,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CsvRecord> {
  const impact: ImpactModuleService = scope.resolve(IMPACT_MODULE)
  const lookup = new ExportNameLookup(scope)
  const totals = emptyTotals()
  let after: DailySalesCursor | null = null
  for (;;) {
    const page = await impact.listDailySalesInPeriod(period, { after, limit: pageSize })
    const names = await lookup.forPage({
      facilities: page.map((row) => row.facility_id),
      workshops: page.map((row) => row.workshop_id),
      products: page.map((row) => row.product_id),
    })
    for (const row of page) {
      addToTotals(totals, row)
      yield salesRecord(row, names)
    }
    if (page.length < pageSize) break
    const { day, facility_id, workshop_id, product_id } = page[page.length - 1]
    after = { day, facility_id, workshop_id, product_id }
  }
  yield salesTotalRecord(totals)
}
