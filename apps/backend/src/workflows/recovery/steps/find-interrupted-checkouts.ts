import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  findInterruptedCheckouts,
  type InterruptedCheckoutScope,
} from "../../../lib/interrupted-checkouts"

export const findInterruptedCheckoutsStep = createStep(
  "find-interrupted-checkouts",
  async (scope: InterruptedCheckoutScope, { container }) =>
    new StepResponse(await findInterruptedCheckouts(container, scope)),
)
