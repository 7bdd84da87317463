import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impactDashboard } from "../../../lib/impact-dashboard"
import type { AdminImpactDashboardParamsType } from "./validators"

/** Monthly sales and premi, best sellers and batches to sell first, for the staff dashboard. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const dashboard = await impactDashboard(
    req.scope,
    req.validatedQuery as AdminImpactDashboardParamsType,
  )
  res.json(dashboard)
}
