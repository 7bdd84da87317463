import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setMinimumOrderQuantityStep } from "../steps/minimum-order-quantity-steps"

export const setMinimumOrderQuantityWorkflow = createWorkflow(
  "set-minimum-order-quantity",
  (input: { product_id: string; quantity: number | null }) => {
    const quantity = setMinimumOrderQuantityStep(input)
    return new WorkflowResponse(quantity)
  },
)
