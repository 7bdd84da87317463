import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireActivePartnerShop } from "../../../../lib/partner-shops"
import { invoiceView } from "../../../../lib/wholesale-views"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import type { StorePartnerInvoicesParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = await requireActivePartnerShop(req.scope, req.auth_context.actor_id)
  const { order_id } = req.validatedQuery as StorePartnerInvoicesParamsType
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const invoices = await wholesale.listInvoices(
    { partner_shop_id: shop.id, ...(order_id ? { order_id } : {}) },
    { order: { issued_at: "DESC" }, take: 200 },
  )
  const now = new Date()
  res.json({ invoices: invoices.map((invoice) => invoiceView(invoice, now)) })
}
