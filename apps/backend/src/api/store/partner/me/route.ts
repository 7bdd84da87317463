import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerShopOfCustomer } from "../../../../lib/partner-shops"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"

/** The logged-in customer's partner shop, and their latest application. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const customers = req.scope.resolve("customer")
  const [shop, customer] = await Promise.all([
    partnerShopOfCustomer(req.scope, customerId),
    customers.retrieveCustomer(customerId),
  ])
  const [application] = await wholesale.listPartnerApplications(
    { $or: [{ customer_id: customerId }, { email: customer.email.toLowerCase() }] },
    { take: 1, order: { created_at: "DESC" } },
  )
  res.json({
    partner_shop: shop,
    application: application
      ? {
          id: application.id,
          business_name: application.business_name,
          npwp: application.npwp,
          contact_name: application.contact_name,
          email: application.email,
          phone: application.phone,
          address_1: application.address_1,
          address_2: application.address_2,
          city: application.city,
          province: application.province,
          postal_code: application.postal_code,
          country_code: application.country_code,
          expected_monthly_volume: application.expected_monthly_volume,
          notes: application.notes,
          status: application.status,
          rejection_reason: application.rejection_reason,
          reviewed_at: application.reviewed_at,
          created_at: application.created_at,
          partner_shop_id: application.partner_shop_id,
        }
      : null,
  })
}
