import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { AdminListPartnerApplicationsParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, q, limit, offset } =
    req.validatedQuery as AdminListPartnerApplicationsParamsType
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [partner_applications, count] = await wholesale.listAndCountPartnerApplications(
    { ...(status ? { status } : {}), ...(q ? { q } : {}) },
    {
      skip: offset,
      take: limit,
      order: { created_at: status === "pending" ? "ASC" : "DESC" },
    },
  )
  res.json({ partner_applications, count, limit, offset })
}
