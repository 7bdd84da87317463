import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateBatchDatesStep } from "../steps/validate-batch-dates"
import { updateProvenanceRecordStep } from "../steps/update-provenance-record"

export type UpdateProductionBatchInput = {
  id: string
  data: {
    status?: "active" | "on_hold" | "recalled"
    best_before?: Date | null
    expires_at?: Date | null
  }
}

/** Changes a batch's status or dates; its quantity is fixed once its stock is counted. */
export const updateProductionBatchWorkflow = createWorkflow(
  "update-production-batch",
  (input: UpdateProductionBatchInput) => {
    validateBatchDatesStep({
      id: input.id,
      best_before: input.data.best_before,
      expires_at: input.data.expires_at,
    })
    return new WorkflowResponse(
      updateProvenanceRecordStep({
        entity: "production_batch",
        id: input.id,
        data: input.data,
      }),
    )
  },
)
