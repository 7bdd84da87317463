import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requireActivePartnerShop } from "../../../lib/partner-shops"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../../modules/invoice-payment"

/**
 * Payment by invoice is offered to the buyers of active partner shops only, for
 * their own carts; anyone else asking for it gets a 403 and no session.
 */
async function guardInvoicePayment(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (providerId !== INVOICE_PAYMENT_PROVIDER_ID) {
    return next()
  }
  const customerId = (req as MedusaRequest & { auth_context?: { actor_id?: string } })
    .auth_context?.actor_id
  await requireActivePartnerShop(req.scope, customerId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.customer_id"],
    filters: { id: req.params.id },
  })
  const owner = (data[0] as { cart?: { customer_id: string | null } | null } | undefined)
    ?.cart?.customer_id
  if (owner !== customerId) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Payment by invoice is only possible for a cart of this partner buyer's own account",
    )
  }
  next()
}

export const storePaymentCollectionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      guardInvoicePayment,
    ],
  },
]
