import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectPartnerApplicationWorkflow } from "../../../../../workflows/wholesale/workflows/partner-applications"
import type { AdminRejectPartnerApplicationType } from "../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminRejectPartnerApplicationType>,
  res: MedusaResponse,
) {
  const { result } = await rejectPartnerApplicationWorkflow(req.scope).run({
    input: {
      application_id: req.params.id,
      reason: req.validatedBody.reason,
      reviewed_by: req.auth_context.actor_id,
    },
  })
  res.json({ partner_application: result })
}
