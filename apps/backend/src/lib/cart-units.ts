import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

export type CartUnits = {
  sales_channel_id: string | null
  customer_id: string | null
  completed_at: Date | string | null
  items?: { id: string; variant_id: string | null; quantity: number }[] | null
}

/** What the sale gates need of a cart: who buys, through which channel, how many of what. */
export async function loadCartUnits(
  container: MedusaContainer,
  cartId: string,
): Promise<CartUnits | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "customer_id",
      "completed_at",
      "items.id",
      "items.variant_id",
      "items.quantity",
    ],
    filters: { id: cartId },
  })
  return data[0] as CartUnits | undefined
}

/** Units wanted per variant, summed over the lines. */
export function unitsByVariant(
  items: { variant_id?: string | null; quantity: unknown }[],
) {
  const units = new Map<string, number>()
  for (const item of items) {
    if (item.variant_id) {
      units.set(
        item.variant_id,
        (units.get(item.variant_id) ?? 0) +
          MathBN.convert(item.quantity as BigNumberInput).toNumber(),
      )
    }
  }
  return units
}
