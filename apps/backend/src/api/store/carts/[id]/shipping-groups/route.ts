import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveOne } from "../../../../admin/utils/retrieve-one"
import { shippingGroupsOf, type GroupedCart } from "./shipping-groups"

/**
 * The cart's shipments: its items grouped by the shipping profile they travel
 * under (one per facility, heavy goods apart), each with the options the
 * buyer can choose from, priced for the cart's address.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cart = (await retrieveOne(req.scope, "cart", "Cart", req.params.id, [
    "id",
    "completed_at",
    "shipping_address.province",
    "shipping_address.country_code",
    "shipping_methods.shipping_option_id",
    "items.id",
    "items.title",
    "items.quantity",
    "items.unit_price",
    "items.requires_shipping",
    "items.variant.weight",
    "items.product.weight",
    "items.variant.product.shipping_profile.id",
    "items.variant.product.shipping_profile.type",
  ])) as GroupedCart
  if (!cart.shipping_address?.country_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "shipping_address is required before shipping can be priced: set the cart's address first",
    )
  }
  res.json(await shippingGroupsOf(req.scope, cart))
}
