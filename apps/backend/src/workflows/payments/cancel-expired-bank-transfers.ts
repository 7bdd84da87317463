import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelUnpaidOrdersStep } from "./steps/cancel-unpaid-orders"
import { findExpiredBankTransfersStep } from "./steps/find-expired-bank-transfers"

/**
 * Cancels orders whose bank transfer did not arrive within the payment window,
 * so their reserved stock goes back on sale. `now` is an input so the expiry
 * can be run for any moment; it defaults to the present.
 */
export const cancelExpiredBankTransfersWorkflow = createWorkflow(
  "cancel-expired-bank-transfers",
  (input: { now?: Date | string }) => {
    const expired = findExpiredBankTransfersStep(input)
    const result = cancelUnpaidOrdersStep(expired)
    return new WorkflowResponse(result)
  },
)
