import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { ImpactTotals } from "../../../modules/impact/service"
import type { AdminImpactParamsType } from "./validators"

type WorkshopName = { id: string; name: string; facility: { id: string; name: string } }

/** Net ledger totals per workshop and month, for the facilities' bookkeeping. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const impact: ImpactModuleService = req.scope.resolve(IMPACT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const summary = await impact.summarizeByWorkshopMonth(
    req.validatedQuery as AdminImpactParamsType,
  )
  const { data } = await query.graph({
    entity: "workshop",
    fields: ["id", "name", "facility.id", "facility.name"],
    filters: { id: [...new Set(summary.map((row) => row.workshop_id))] },
  })
  const workshops = new Map((data as WorkshopName[]).map((row) => [row.id, row]))
  const rows = summary.map(({ amount, ...row }) => {
    const workshop = workshops.get(row.workshop_id)
    return {
      month: row.month,
      workshop_id: row.workshop_id,
      workshop_name: workshop?.name ?? null,
      facility_id: workshop?.facility.id ?? null,
      facility_name: workshop?.facility.name ?? null,
      units: row.units,
      line_total: amount,
      makers_amount: row.makers_amount,
      capital_amount: row.capital_amount,
      state_revenue_amount: row.state_revenue_amount,
    }
  })
  const totals = summary.reduce(
    (sum: ImpactTotals, row) => ({
      units: sum.units + row.units,
      amount: sum.amount + row.amount,
      makers_amount: sum.makers_amount + row.makers_amount,
      capital_amount: sum.capital_amount + row.capital_amount,
      state_revenue_amount: sum.state_revenue_amount + row.state_revenue_amount,
    }),
    { units: 0, amount: 0, makers_amount: 0, capital_amount: 0, state_revenue_amount: 0 },
  )
  const { amount, ...rest } = totals
  res.json({ rows, totals: { ...rest, line_total: amount } })
}
