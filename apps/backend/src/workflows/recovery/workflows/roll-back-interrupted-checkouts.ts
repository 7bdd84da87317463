import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  releaseLockStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import type { InterruptedCheckout } from "../../../lib/interrupted-checkouts"
import { deleteOrdersStep } from "../steps/delete-orders"
import { findCompletedCartsWithoutOrderStep } from "../steps/find-completed-carts-without-order"
import { findInterruptedCheckoutsStep } from "../steps/find-interrupted-checkouts"

export type RollBackInterruptedCheckoutsInput = {
  checkouts: InterruptedCheckout[]
  /** Carts marked completed without an order. */
  completed_cart_ids?: string[]
}

/**
 * Puts carts whose completion was cut short back to where the buyer left them:
 * the stock reserved for the unpaid order is released, its links to the cart and
 * the payment collection dismissed, the cart open again and the order deleted;
 * a cart marked completed without any order is opened again too.
 * The buyer's payment session is untouched, so the cart completes as before.
 * Holds the carts' completion locks, so a buyer's retry waits for it, and looks
 * again under them: an order someone else rolled back meanwhile is left alone.
 */
export const rollBackInterruptedCheckoutsWorkflow = createWorkflow(
  "roll-back-interrupted-checkouts",
  (input: RollBackInterruptedCheckoutsInput) => {
    const lockKeys = transform({ input }, ({ input }) => [
      ...new Set([
        ...input.checkouts.flatMap((checkout) => checkout.cart_ids),
        ...(input.completed_cart_ids ?? []),
      ]),
    ])
    acquireLockStep({ key: lockKeys, timeout: 30, ttl: 120 })
    const orderIds = transform({ input }, ({ input }) =>
      input.checkouts.map((checkout) => checkout.order_id),
    )
    const checkouts = findInterruptedCheckoutsStep({ orderIds })
    const cartIds = transform({ input }, ({ input }) => input.completed_cart_ids ?? [])
    const orderlessCarts = findCompletedCartsWithoutOrderStep({ cartIds })
    const plan = transform(
      { checkouts, orderlessCarts },
      ({ checkouts, orderlessCarts }) => {
        return {
          orderIds: checkouts.map((checkout) => checkout.order_id),
          lineItemIds: checkouts.flatMap((checkout) => checkout.line_item_ids),
          links: checkouts.flatMap((checkout) => [
            ...checkout.cart_ids.map((cart_id) => ({
              [Modules.ORDER]: { order_id: checkout.order_id },
              [Modules.CART]: { cart_id },
            })),
            ...checkout.payment_collection_ids.map((payment_collection_id) => ({
              [Modules.ORDER]: { order_id: checkout.order_id },
              [Modules.PAYMENT]: { payment_collection_id },
            })),
          ]),
          reopenedCarts: [
            ...new Set([
              ...checkouts.flatMap((checkout) => checkout.cart_ids),
              ...orderlessCarts,
            ]),
          ].map((id) => ({ id, completed_at: null })),
        }
      },
    )

    deleteReservationsByLineItemsStep(plan.lineItemIds)
    dismissRemoteLinkStep(plan.links)
    updateCartsStep(plan.reopenedCarts)
    deleteOrdersStep(plan.orderIds)
    releaseLockStep({ key: lockKeys })

    const rolledBack = transform({ plan }, ({ plan }) => ({
      order_ids: plan.orderIds,
      cart_ids: plan.reopenedCarts.map((cart) => cart.id),
    }))
    return new WorkflowResponse(rolledBack)
  },
)
