import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildSaleEntriesStep } from "../steps/build-sale-entries"
import { createImpactEntriesStep } from "../steps/create-impact-entries"
import { LEDGER_LOCK } from "../steps/ledger-lock"

/** Writes a paid order's sale entries to the impact ledger (once per line and batch). */
export const recordOrderImpactWorkflow = createWorkflow(
  "record-order-impact",
  (input: { order_id: string }) => {
    acquireLockStep(LEDGER_LOCK)
    const entries = buildSaleEntriesStep(input)
    const created = createImpactEntriesStep(entries)
    releaseLockStep({ key: LEDGER_LOCK.key })
    return new WorkflowResponse(created)
  },
)
