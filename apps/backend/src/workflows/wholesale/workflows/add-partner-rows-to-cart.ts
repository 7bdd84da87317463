import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { sortPartnerRowsStep, type PartnerRow } from "../steps/sort-partner-rows"

/**
 * Quick order, CSV upload and reorder: the rows that can be ordered go into
 * the cart in one addition, the others come back with their reasons, and
 * nothing else in the cart changes.
 */
export const addPartnerRowsToCartWorkflow = createWorkflow(
  "add-partner-rows-to-cart",
  (input: { cart_id: string; customer_id: string; rows: PartnerRow[] }) => {
    const sorted = sortPartnerRowsStep(input)
    when({ sorted }, ({ sorted }) => sorted.items.length > 0).then(() => {
      const addition = transform({ input, sorted }, ({ input, sorted }) => ({
        cart_id: input.cart_id,
        items: sorted.items,
      }))
      addToCartWorkflow.runAsStep({ input: addition })
    })
    const result = transform({ input, sorted }, ({ input, sorted }) => ({
      cart_id: input.cart_id,
      added: sorted.added,
      errors: sorted.errors,
    }))
    return new WorkflowResponse(result)
  },
)
