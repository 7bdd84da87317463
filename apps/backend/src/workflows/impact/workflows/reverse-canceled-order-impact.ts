import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildCancellationEntriesStep } from "../steps/build-reversal-entries"
import { createImpactEntriesStep } from "../steps/create-impact-entries"
import { LEDGER_LOCK } from "../steps/ledger-lock"

/** Reverses everything a canceled order still holds on the impact ledger. */
export const reverseCanceledOrderImpactWorkflow = createWorkflow(
  "reverse-canceled-order-impact",
  (input: { order_id: string }) => {
    acquireLockStep(LEDGER_LOCK)
    const entries = buildCancellationEntriesStep(input)
    const created = createImpactEntriesStep(entries)
    releaseLockStep({ key: LEDGER_LOCK.key })
    return new WorkflowResponse(created)
  },
)
