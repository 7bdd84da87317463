import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Policy } from "../../../modules/shipping-rates/quote"
import { saveShippingPolicyStep } from "../steps/save-shipping-policy"

/** Sets the free-shipping threshold, the heavy-item weight or the freight minimum. */
export const saveShippingPolicyWorkflow = createWorkflow(
  "save-shipping-policy",
  (input: Partial<Policy>) => {
    return new WorkflowResponse(saveShippingPolicyStep(input))
  },
)
