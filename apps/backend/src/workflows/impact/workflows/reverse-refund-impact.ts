import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildRefundEntriesStep } from "../steps/build-reversal-entries"
import { createImpactEntriesStep } from "../steps/create-impact-entries"
import { LEDGER_LOCK } from "../steps/ledger-lock"

/** Writes reversal entries for the refunds of a payment not yet on the ledger. */
export const reverseRefundImpactWorkflow = createWorkflow(
  "reverse-refund-impact",
  (input: { payment_id: string }) => {
    acquireLockStep(LEDGER_LOCK)
    const entries = buildRefundEntriesStep(input)
    const created = createImpactEntriesStep(entries)
    releaseLockStep({ key: LEDGER_LOCK.key })
    return new WorkflowResponse(created)
  },
)
