import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { requireActivePartnerShop } from "../../../../../../lib/partner-shops"
import { addPartnerRowsToCartWorkflow } from "../../../../../../workflows/wholesale/workflows/add-partner-rows-to-cart"
import type { StoreReorderType } from "../../../validators"

/** Puts the lines of one of the customer's earlier orders into their cart again. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreReorderType>,
  res: MedusaResponse,
) {
  const customerId = req.auth_context.actor_id
  await requireActivePartnerShop(req.scope, customerId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // An order line's quantity is only computed when its detail is loaded.
    fields: [
      "id",
      "items.variant_id",
      "items.variant_sku",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: req.params.id, customer_id: customerId },
  })
  const order = data[0] as
    | {
        items?: {
          variant_id: string | null
          variant_sku: string | null
          quantity: unknown
        }[]
      }
    | undefined
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id "${req.params.id}" was not found`,
    )
  }
  const rows = (order.items ?? []).map((item, index) => ({
    row: index + 1,
    variant_id: item.variant_id,
    sku: item.variant_sku,
    quantity: MathBN.convert(item.quantity as number).toNumber(),
  }))
  const { result } = await addPartnerRowsToCartWorkflow(req.scope).run({
    input: { cart_id: req.validatedBody.cart_id, customer_id: customerId, rows },
  })
  res.json(result)
}
