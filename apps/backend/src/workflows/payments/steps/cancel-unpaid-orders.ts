import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { awaitingBankTransferOf, isPastDeadline } from "./find-expired-bank-transfers"

// Workflow runs reject with serialized errors, which are plain objects.
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" ? message : String(error)
}

export type CancelUnpaidOrdersResult = {
  canceled_order_ids: string[]
  failed: { order_id: string; message: string }[]
}

/**
 * Cancels each order with Medusa's own cancellation, which also cancels the
 * payment and releases the reserved stock. Every order is its own workflow so
 * one that cannot be canceled is logged and the others still go. There is no
 * compensation: a cancellation cannot be taken back.
 */
export const cancelUnpaidOrdersStep = createStep(
  "cancel-unpaid-orders",
  async ({ order_ids, at }: { order_ids: string[]; at: string }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const result: CancelUnpaidOrdersResult = { canceled_order_ids: [], failed: [] }
    for (const orderId of order_ids) {
      try {
        // Staff may have confirmed the transfer since the search: never cancel a paid order.
        const payment = await awaitingBankTransferOf(container, orderId)
        if (!payment || !isPastDeadline(payment, new Date(at))) {
          continue
        }
        await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
        result.canceled_order_ids.push(orderId)
      } catch (error) {
        const message = messageOf(error)
        logger.error(`Could not cancel unpaid bank-transfer order ${orderId}: ${message}`)
        result.failed.push({ order_id: orderId, message })
      }
    }
    return new StepResponse(result)
  },
)
