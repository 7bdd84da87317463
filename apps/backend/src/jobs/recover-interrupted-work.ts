import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findPendingBatches } from "../lib/batch-intake"
import {
  findCompletedCartsWithoutOrder,
  findInterruptedCheckouts,
  interruptedWorkGraceSeconds,
} from "../lib/interrupted-checkouts"
import { rollBackPendingBatchesWorkflow } from "../workflows/provenance/workflows/roll-back-pending-batches"
import { rollBackInterruptedCheckoutsWorkflow } from "../workflows/recovery/workflows/roll-back-interrupted-checkouts"

/**
 * Rolls back what a backend that died mid-request left half-written: checkouts
 * that made an order but never reached the payment, and production batches
 * whose stock intake never finished. A buyer who retries is served at once by
 * the checkout itself; this catches the rest soon after a restart.
 */
export default async function recoverInterruptedWork(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const olderThanSeconds = interruptedWorkGraceSeconds()

  const checkouts = await findInterruptedCheckouts(container, { olderThanSeconds })
  const completedCartIds = await findCompletedCartsWithoutOrder(container, {
    olderThanSeconds,
  })
  if (checkouts.length || completedCartIds.length) {
    const { result } = await rollBackInterruptedCheckoutsWorkflow(container).run({
      input: { checkouts, completed_cart_ids: completedCartIds },
    })
    logger.warn(
      `Rolled back interrupted checkouts: orders ${result.order_ids.join(", ") || "none"}; carts opened again ${result.cart_ids.join(", ") || "none"}`,
    )
  }

  const batches = await findPendingBatches(container, { olderThanSeconds })
  if (batches.length) {
    const { result } = await rollBackPendingBatchesWorkflow(container).run({
      input: { batches },
    })
    logger.warn(
      `Rolled back ${result.length} interrupted batch intake(s): ${result.join(", ")}`,
    )
  }
}

export const config = { name: "recover-interrupted-work", schedule: { interval: 30_000 } }
