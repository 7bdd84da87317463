import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertSellableStock } from "../quality/steps/sale-gate"

type CartItems = {
  sales_channel_id: string | null
  items?: { id: string; variant_id: string | null; quantity: number }[] | null
}

async function cartItems(
  container: Parameters<typeof assertSellableStock>[0],
  cartId: string,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  return data[0] as CartItems
}

function totals(items: { variant_id?: string | null; quantity: unknown }[]) {
  const quantities = new Map<string, number>()
  for (const item of items) {
    if (item.variant_id) {
      quantities.set(
        item.variant_id,
        (quantities.get(item.variant_id) ?? 0) +
          MathBN.convert(item.quantity as BigNumberInput).toNumber(),
      )
    }
  }
  return quantities
}

// Creating a cart with items in it.
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertSellableStock(container, {
    sales_channel_id: cart.sales_channel_id ?? null,
    quantities: totals(cart.items ?? []),
  })
})

// Adding to the cart: what is already in it plus what is being added.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities: totals([...(current.items ?? []), ...input.items]),
  })
})

// Changing a quantity: the cart as it would be.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  const items = (current.items ?? []).map((item) =>
    item.id === input.item_id && input.update.quantity !== undefined
      ? { ...item, quantity: input.update.quantity }
      : item,
  )
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities: totals(items),
  })
})

// Completing: a batch may have been blocked since the items were added.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  if (!current.items?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The cart is empty: add at least one product before placing the order",
    )
  }
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities: totals(current.items ?? []),
  })
})
