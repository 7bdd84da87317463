import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertSellableStock } from "../quality/steps/sale-gate"
import { assertInvoicePaymentAllowed } from "../wholesale/steps/invoice-payment-gate"
import { assertPartnerMinimums } from "../wholesale/steps/minimum-order-quantity-steps"

type CartItems = {
  sales_channel_id: string | null
  customer_id: string | null
  items?: { id: string; variant_id: string | null; quantity: number }[] | null
}

async function cartItems(
  container: Parameters<typeof assertSellableStock>[0],
  cartId: string,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "customer_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
    ],
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
  const quantities = totals(cart.items ?? [])
  await assertSellableStock(container, {
    sales_channel_id: cart.sales_channel_id ?? null,
    quantities,
  })
  await assertPartnerMinimums(container, cart.customer_id, quantities)
})

// Adding to the cart: what is already in it plus what is being added.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  const quantities = totals([...(current.items ?? []), ...input.items])
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities,
  })
  await assertPartnerMinimums(container, current.customer_id, quantities)
  await assertInvoicePaymentAllowed(container, cart.id)
})

// Changing a quantity: the cart as it would be.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  const items = (current.items ?? []).map((item) =>
    item.id === input.item_id && input.update.quantity !== undefined
      ? { ...item, quantity: input.update.quantity }
      : item,
  )
  const quantities = totals(items)
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities,
  })
  await assertPartnerMinimums(container, current.customer_id, quantities)
  await assertInvoicePaymentAllowed(container, cart.id)
})

// Completing: a batch may have been blocked since the items were added, the cart
// may have become a partner buyer's, and payment by invoice is for partners only.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const current = await cartItems(container, cart.id)
  if (!current.items?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The cart is empty: add at least one product before placing the order",
    )
  }
  const quantities = totals(current.items ?? [])
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities,
  })
  await assertPartnerMinimums(container, current.customer_id, quantities)
  await assertInvoicePaymentAllowed(container, cart.id)
})
