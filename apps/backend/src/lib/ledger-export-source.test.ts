import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { IMPACT_MODULE } from "../modules/impact"
import type { LedgerCursor, LedgerEntryRow } from "../modules/impact/service"
import { ledgerCsvRecords } from "./ledger-export-source"

function entry(index: number): LedgerEntryRow {
  return {
    id: `imp_${String(index).padStart(3, "0")}`,
    kind: "sale",
    order_id: `order_${index}`,
    line_item_id: `item_${index}`,
    product_id: "prod_1",
    variant_id: "var_1",
    batch_id: null,
    workshop_id: "wks_1",
    facility_id: "fac_1",
    currency_code: "idr",
    occurred_at: "2026-03-01T01:00:00.000000Z",
    quantity: 1,
    amount: 1000,
    makers_amount: 500,
    capital_amount: 350,
    state_revenue_amount: 150,
  }
}

/** A ledger of `size` entries served page by page, recording each cursor asked for. */
function fakeScope(size: number) {
  const ledger = Array.from({ length: size }, (_, index) => entry(index))
  const cursors: (LedgerCursor | null)[] = []
  const graphs: string[] = []
  const impact = {
    listEntriesInPeriod: async (
      _period: unknown,
      page: { after?: LedgerCursor | null; limit: number },
    ) => {
      cursors.push(page.after ?? null)
      const start = page.after
        ? ledger.findIndex((row) => row.id === page.after!.id) + 1
        : 0
      return ledger.slice(start, start + page.limit)
    },
  }
  const query = {
    graph: async ({ entity, filters }: { entity: string; filters: { id: string[] } }) => {
      graphs.push(entity)
      return {
        data: filters.id.map((id) => ({
          id,
          display_id: 7,
          name: "N",
          title: "T",
          sku: "S",
        })),
      }
    },
  }
  const scope = {
    resolve: (key: string) =>
      key === IMPACT_MODULE
        ? impact
        : key === ContainerRegistrationKeys.QUERY
          ? query
          : undefined,
  } as unknown as MedusaContainer
  return { scope, cursors, graphs }
}

async function collect(scope: MedusaContainer, pageSize: number) {
  const records = []
  for await (const record of ledgerCsvRecords(
    scope,
    { from: "2026-03-01", to: "2026-03-31" },
    pageSize,
  )) {
    records.push(record)
  }
  return records
}

describe("ledgerCsvRecords", () => {
  it("reads the ledger in keyset pages and closes with the TOTAL", async () => {
    const { scope, cursors } = fakeScope(5)
    const records = await collect(scope, 2)
    expect(records).toHaveLength(6)
    expect(cursors).toEqual([
      null,
      { occurred_at: "2026-03-01T01:00:00.000000Z", id: "imp_001" },
      { occurred_at: "2026-03-01T01:00:00.000000Z", id: "imp_003" },
    ])
    expect(records.at(-1)).toMatchObject({
      occurred_at: "TOTAL",
      quantity: 5,
      amount: 5000,
    })
  })

  it("asks once more when the last page is exactly full, and reads provenance names once", async () => {
    const { scope, cursors, graphs } = fakeScope(4)
    const records = await collect(scope, 2)
    expect(records).toHaveLength(5)
    expect(cursors).toHaveLength(3)
    expect(graphs.filter((entity) => entity === "workshop")).toHaveLength(1)
    expect(graphs.filter((entity) => entity === "order")).toHaveLength(2)
  })

  it("writes only the TOTAL for an empty period", async () => {
    const { scope } = fakeScope(0)
    expect(await collect(scope, 2)).toEqual([
      {
        occurred_at: "TOTAL",
        quantity: 0,
        amount: 0,
        makers_amount: 0,
        capital_amount: 0,
        state_revenue_amount: 0,
      },
    ])
  })
})
