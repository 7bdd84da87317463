import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type {
  IMPACT_ENTRY_KINDS,
  IMPACT_SOURCES,
} from "../../../modules/impact/models/impact-entry"
import type ImpactModuleService from "../../../modules/impact/service"

export type ImpactEntryData = {
  entry_key: string
  kind: (typeof IMPACT_ENTRY_KINDS)[number]
  source: (typeof IMPACT_SOURCES)[number]
  source_id: string
  order_id: string
  line_item_id: string
  product_id: string
  variant_id: string | null
  batch_id: string | null
  workshop_id: string
  facility_id: string
  currency_code: string
  quantity: number
  amount: number
  makers_amount: number
  capital_amount: number
  state_revenue_amount: number
  makers_share_bps: number
  capital_share_bps: number
  state_revenue_share_bps: number
  occurred_at: Date
}

/**
 * Appends entries to the ledger, skipping those already written (an event
 * delivered twice writes nothing the second time). Compensation removes only
 * the entries this step wrote.
 */
export const createImpactEntriesStep = createStep(
  "create-impact-entries",
  async (entries: ImpactEntryData[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const existing = await impact.listImpactEntries(
      { entry_key: entries.map((entry) => entry.entry_key) },
      { select: ["entry_key"] },
    )
    const written = new Set(existing.map((entry) => entry.entry_key))
    const created = await impact.createImpactEntries(
      entries.filter((entry) => !written.has(entry.entry_key)),
    )
    return new StepResponse(
      created,
      created.map((entry) => entry.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    await impact.deleteImpactEntries(ids)
  },
)
