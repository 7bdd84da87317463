import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateShippingRateStep,
  type ShippingRateChange,
} from "../steps/update-shipping-rate"
import { validateShippingRateChangeStep } from "../steps/validate-shipping-rate-change"

/** Staff tune one origin-destination row of the rate table. */
export const updateShippingRateWorkflow = createWorkflow(
  "update-shipping-rate",
  (input: ShippingRateChange) => {
    validateShippingRateChangeStep(input)
    return new WorkflowResponse(updateShippingRateStep(input))
  },
)
