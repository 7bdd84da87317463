import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffScopeOf } from "../../../../lib/staff-scope"

/** The signed-in staff member's role and facility, so the dashboard opens on their own work. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await staffScopeOf(req.scope, req.auth_context.actor_id)
  res.json({
    role: scope.role,
    facility_id: scope.role === "facility_staff" ? scope.facility_id : null,
  })
}
