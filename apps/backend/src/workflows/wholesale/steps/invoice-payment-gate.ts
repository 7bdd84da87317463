import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requireActivePartnerShop } from "../../../lib/partner-shops"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../../modules/invoice-payment"

/** Payment by invoice is credit: only a buyer of an active partner shop may order with it. */
export async function assertInvoicePaymentAllowed(
  container: MedusaContainer,
  cartId: string,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["customer_id", "payment_collection.payment_sessions.provider_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | {
        customer_id: string | null
        payment_collection?: {
          payment_sessions?: { provider_id: string }[] | null
        } | null
      }
    | undefined
  const byInvoice = (cart?.payment_collection?.payment_sessions ?? []).some(
    (session) => session.provider_id === INVOICE_PAYMENT_PROVIDER_ID,
  )
  if (byInvoice) {
    await requireActivePartnerShop(container, cart!.customer_id)
  }
}
