import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerShopOfCustomer } from "../../../../lib/partner-shops"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"

type Application = Awaited<
  ReturnType<WholesaleModuleService["listPartnerApplications"]>
>[number]

/**
 * An application as the customer sees it. Medusa does not verify the e-mail an
 * account registers with, so an application sent without logging in and found
 * by that e-mail alone may be someone else's: it tells only where it stands.
 */
function applicationView(application: Application, customerId: string) {
  const standing = {
    id: application.id,
    business_name: application.business_name,
    status: application.status,
    created_at: application.created_at,
  }
  if (application.customer_id !== customerId) {
    return standing
  }
  return {
    ...standing,
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
    rejection_reason: application.rejection_reason,
    reviewed_at: application.reviewed_at,
    partner_shop_id: application.partner_shop_id,
  }
}

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
    application: application ? applicationView(application, customerId) : null,
  })
}
