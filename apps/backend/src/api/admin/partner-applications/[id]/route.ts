import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const partner_application = await wholesale.retrievePartnerApplication(req.params.id)
  res.json({ partner_application })
}
