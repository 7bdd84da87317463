import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes orders nobody paid for. The last step of a roll-back: nothing after
 * it can fail, so it needs no compensation (as Medusa's own completion
 * compensates the order it created by deleting it).
 */
export const deleteOrdersStep = createStep(
  "delete-orders",
  async (ids: string[], { container }) => {
    if (ids.length) {
      await container.resolve(Modules.ORDER).deleteOrders(ids)
    }
    return new StepResponse(ids)
  },
)
