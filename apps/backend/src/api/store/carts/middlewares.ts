import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { loadCartUnits, unitsByVariant } from "../../../lib/cart-units"
import { findInterruptedCheckouts } from "../../../lib/interrupted-checkouts"
import { rollBackInterruptedCheckoutsWorkflow } from "../../../workflows/recovery/workflows/roll-back-interrupted-checkouts"

// Buyers refused for a sold-out product leave the queue in a few hundredths of a
// second each, so even a crowd gets its answer well within this.
const QUEUE_SECONDS = 30

/**
 * Completions of carts that want the same product take turns. Medusa reserves
 * stock only at the end of completion, so a burst of buyers for the last unit all
 * pass its stock check; the losers then fail inside the reservation ("Not enough
 * stock available for item iitem_… at location sloc_…") or give up waiting for
 * its lock and answer 500. In turn, each buyer sees the stock the previous order
 * left and a sold-out product is refused by name before any work is done.
 *
 * In turn, no other completion of the cart is running, so an unpaid order linked
 * to it can only be what a completion cut short by a crash left behind: it is
 * rolled back first, and the cart completes as if that attempt never happened.
 */
async function completeInTurnPerProduct(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const cart = await loadCartUnits(req.scope, req.params.id)
  // Sorted, so two carts never wait for each other's keys in opposite order.
  const variantIds = [...unitsByVariant(cart?.items ?? []).keys()].sort()
  if (!cart || !variantIds.length) {
    return next()
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  let inTurn = false
  try {
    await locking.execute(
      variantIds.map((id) => `complete-cart:${id}`),
      async () => {
        inTurn = true
        const interrupted = await findInterruptedCheckouts(req.scope, {
          cartId: req.params.id,
        })
        if (interrupted.length) {
          await rollBackInterruptedCheckoutsWorkflow(req.scope).run({
            input: { checkouts: interrupted },
          })
        }
        // The stock itself is checked by the completion's validate hook
        // (workflows/hooks/sale-gate.ts), in turn and before anything is written.
        await new Promise<void>((resolve) => {
          res.once("close", resolve)
          next()
        })
      },
      { timeout: QUEUE_SECONDS },
    )
  } catch (error) {
    if (inTurn) {
      throw error
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Many buyers are ordering the products in this cart right now; try again in a moment",
    )
  }
}

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/complete",
    methods: ["POST"],
    middlewares: [completeInTurnPerProduct],
  },
]
