import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePartnerShopWorkflow } from "../../../../workflows/wholesale/workflows/partner-shops"
import { retrievePartnerShopView } from "../partner-shop-view"
import type { AdminUpdatePartnerShopType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ partner_shop: await retrievePartnerShopView(req.scope, req.params.id) })
}

export async function POST(
  req: MedusaRequest<AdminUpdatePartnerShopType>,
  res: MedusaResponse,
) {
  await retrievePartnerShopView(req.scope, req.params.id)
  await updatePartnerShopWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ partner_shop: await retrievePartnerShopView(req.scope, req.params.id) })
}
