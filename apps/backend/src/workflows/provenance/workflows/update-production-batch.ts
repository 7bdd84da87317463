import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshProductQualityWorkflow } from "../../quality/workflows/refresh-product-quality"
import { validateBatchChangeStep } from "../steps/validate-batch-change"
import { updateProvenanceRecordStep } from "../steps/update-provenance-record"

export type UpdateProductionBatchInput = {
  id: string
  data: {
    /** Recalls and expiry have their own workflows. */
    status?: "active" | "on_hold"
    best_before?: Date | null
    expires_at?: Date | null
  }
}

/** Puts a batch on hold or back on sale, or changes its dates; its quantity is fixed once its stock is counted. */
export const updateProductionBatchWorkflow = createWorkflow(
  "update-production-batch",
  (input: UpdateProductionBatchInput) => {
    const batch = validateBatchChangeStep({
      id: input.id,
      status: input.data.status,
      best_before: input.data.best_before,
      expires_at: input.data.expires_at,
    })
    const updated = updateProvenanceRecordStep({
      entity: "production_batch",
      id: input.id,
      data: input.data,
    })
    const productIds = transform({ batch }, ({ batch }) => [batch.product_id])
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(updated)
  },
)
