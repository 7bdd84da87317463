import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { addPartnerBuyerWorkflow } from "../workflows/wholesale/workflows/partner-shops"

/**
 * An applicant approved before they had an account becomes their shop's buyer
 * as soon as they register with the e-mail the application gave.
 */
export default async function attachPartnerBuyer({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const customers = container.resolve("customer")
  const customer = await customers.retrieveCustomer(data.id)
  if (!customer.has_account) {
    return
  }
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const [shop] = await wholesale.listPartnerShops({ email: customer.email }, { take: 1 })
  if (!shop) {
    return
  }
  const { errors } = await addPartnerBuyerWorkflow(container).run({
    input: { shop_id: shop.id, email: customer.email },
    throwOnError: false,
  })
  if (errors.length) {
    container
      .resolve("logger")
      .warn(
        `Could not make ${data.id} a buyer of ${shop.id}: ${errors[0].error?.message}`,
      )
  }
}

export const config: SubscriberConfig = { event: "customer.created" }
