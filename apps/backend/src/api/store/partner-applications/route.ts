import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitPartnerApplicationWorkflow } from "../../../workflows/wholesale/workflows/partner-applications"
import type { StorePartnerApplicationType } from "./validators"

export async function POST(
  req: AuthenticatedMedusaRequest<StorePartnerApplicationType>,
  res: MedusaResponse,
) {
  const { address, ...application } = req.validatedBody
  const { result } = await submitPartnerApplicationWorkflow(req.scope).run({
    input: {
      ...application,
      ...address,
      customer_id: req.auth_context?.actor_id || null,
    },
  })
  res.status(201).json({
    partner_application: {
      id: result.id,
      status: result.status,
      business_name: result.business_name,
      created_at: result.created_at,
    },
  })
}
