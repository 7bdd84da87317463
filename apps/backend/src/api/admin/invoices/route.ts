import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceView } from "../../../lib/wholesale-views"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { AdminListInvoicesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, overdue, partner_shop_id, limit, offset } =
    req.validatedQuery as AdminListInvoicesParamsType
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const now = new Date()
  const [invoices, count] = await wholesale.listAndCountInvoices(
    {
      ...(overdue === "true"
        ? { status: "unpaid", due_at: { $lt: now } }
        : status
          ? { status }
          : {}),
      ...(partner_shop_id ? { partner_shop_id } : {}),
    },
    {
      skip: offset,
      take: limit,
      relations: ["partner_shop"],
      order: { due_at: "ASC", issued_at: "DESC" },
    },
  )
  res.json({
    invoices: invoices.map((invoice) => ({
      ...invoiceView(invoice, now),
      partner_shop: {
        id: invoice.partner_shop.id,
        business_name: invoice.partner_shop.business_name,
      },
    })),
    count,
    limit,
    offset,
  })
}
