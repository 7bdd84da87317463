import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPartnerBuyerWorkflow } from "../../../../../workflows/wholesale/workflows/partner-shops"
import { retrievePartnerShopView } from "../../partner-shop-view"
import type { AdminAddPartnerBuyerType } from "../../validators"

export async function POST(
  req: MedusaRequest<AdminAddPartnerBuyerType>,
  res: MedusaResponse,
) {
  await addPartnerBuyerWorkflow(req.scope).run({
    input: { shop_id: req.params.id, email: req.validatedBody.email },
  })
  res.json({ partner_shop: await retrievePartnerShopView(req.scope, req.params.id) })
}
