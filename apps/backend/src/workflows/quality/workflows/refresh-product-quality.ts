import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateProductsStep } from "../steps/evaluate-products"
import { storeProductQualityStep } from "../steps/store-product-quality"

/** Re-judges products against their standards and stores the summaries shown to buyers. */
export const refreshProductQualityWorkflow = createWorkflow(
  "refresh-product-quality",
  (input: { product_ids: string[]; now?: Date | string }) => {
    const evaluations = evaluateProductsStep(input)
    return new WorkflowResponse(storeProductQualityStep(evaluations))
  },
)
