import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  listRecallAffectedOrdersStep,
  markBatchRecalledStep,
} from "../steps/recall-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/**
 * Recalls a batch: it can no longer be sold, from this moment, and staff get
 * the orders and buyers that received it.
 */
export const recallBatchWorkflow = createWorkflow(
  "recall-batch",
  (input: { batch_id: string; reason: string }) => {
    const batch = markBatchRecalledStep(input)
    const productIds = transform({ batch }, ({ batch }) => [batch.product_id])
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    const affected = listRecallAffectedOrdersStep(input.batch_id)
    return new WorkflowResponse({ batch, affected_orders: affected })
  },
)
