import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePartnerShopView } from "../../../partner-shops/partner-shop-view"
import { approvePartnerApplicationWorkflow } from "../../../../../workflows/wholesale/workflows/partner-applications"
import type { AdminApprovePartnerApplicationType } from "../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminApprovePartnerApplicationType>,
  res: MedusaResponse,
) {
  const { result } = await approvePartnerApplicationWorkflow(req.scope).run({
    input: {
      application_id: req.params.id,
      customer_group_id: req.validatedBody.customer_group_id,
      payment_terms_days: req.validatedBody.payment_terms_days,
      reviewed_by: req.auth_context.actor_id,
    },
  })
  res.json({
    partner_application: result.application,
    partner_shop: await retrievePartnerShopView(req.scope, result.partner_shop.id),
  })
}
