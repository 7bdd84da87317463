import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { loadCartUnits, unitsByVariant } from "../../lib/cart-units"
import { assertSellableStock } from "../quality/steps/sale-gate"
import { assertInvoicePaymentAllowed } from "../wholesale/steps/invoice-payment-gate"
import { assertPartnerMinimums } from "../wholesale/steps/minimum-order-quantity-steps"

/**
 * Goods are sold by the piece, yet Medusa's own validators take any positive
 * quantity (0.5 included) and read 0 on a line as "delete it".
 */
function assertWholeUnits(quantities: unknown[]) {
  const wrong = quantities
    .map((quantity) => MathBN.convert(quantity as BigNumberInput).toNumber())
    .find((quantity) => !Number.isInteger(quantity) || quantity < 1)
  if (wrong !== undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity: must be a whole number of at least 1, not ${wrong}${
        wrong === 0 ? "; to remove a line, delete it" : ""
      }`,
    )
  }
}

// Creating a cart with items in it.
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  assertWholeUnits((cart.items ?? []).map((item) => item.quantity))
  const quantities = unitsByVariant(cart.items ?? [])
  await assertSellableStock(container, {
    sales_channel_id: cart.sales_channel_id ?? null,
    quantities,
  })
  await assertPartnerMinimums(container, cart.customer_id, quantities)
})

// Adding to the cart: what is already in it plus what is being added.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  assertWholeUnits(input.items.map((item) => item.quantity))
  const current = (await loadCartUnits(container, cart.id))!
  const quantities = unitsByVariant([...(current.items ?? []), ...input.items])
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities,
  })
  await assertPartnerMinimums(container, current.customer_id, quantities)
  await assertInvoicePaymentAllowed(container, cart.id)
})

// Changing a quantity: the cart as it would be.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (input.update.quantity !== undefined) {
    assertWholeUnits([input.update.quantity])
  }
  const current = (await loadCartUnits(container, cart.id))!
  const items = (current.items ?? []).map((item) =>
    item.id === input.item_id && input.update.quantity !== undefined
      ? { ...item, quantity: input.update.quantity }
      : item,
  )
  const quantities = unitsByVariant(items)
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
  const current = (await loadCartUnits(container, cart.id))!
  // A repeated request for a cart that is already an order gets that order back from
  // Medusa; its own reservation would make the stock check refuse it.
  if (current.completed_at) {
    return
  }
  if (!current.items?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The cart is empty: add at least one product before placing the order",
    )
  }
  const quantities = unitsByVariant(current.items ?? [])
  await assertSellableStock(container, {
    sales_channel_id: current.sales_channel_id,
    quantities,
  })
  await assertPartnerMinimums(container, current.customer_id, quantities)
  await assertInvoicePaymentAllowed(container, cart.id)
})
