import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findCompletedCartsWithoutOrder } from "../../../lib/interrupted-checkouts"

export const findCompletedCartsWithoutOrderStep = createStep(
  "find-completed-carts-without-order",
  async (scope: { cartIds: string[] }, { container }) =>
    new StepResponse(await findCompletedCartsWithoutOrder(container, scope)),
)
