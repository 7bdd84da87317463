import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import {
  validateWorkshopProductsStep,
  type WorkshopProductsChange,
} from "../steps/validate-workshop-products"

/** Assigns products to a workshop, or takes them away, as one change. */
export const updateWorkshopProductsWorkflow = createWorkflow(
  "update-workshop-products",
  (input: WorkshopProductsChange) => {
    validateWorkshopProductsStep(input)
    const links = transform({ input }, ({ input }) => ({
      add: (input.add ?? []).map((productId) => ({
        [Modules.PRODUCT]: { product_id: productId },
        [PROVENANCE_MODULE]: { workshop_id: input.workshop_id },
      })),
      remove: (input.remove ?? []).map((productId) => ({
        [Modules.PRODUCT]: { product_id: productId },
        [PROVENANCE_MODULE]: { workshop_id: input.workshop_id },
      })),
    }))
    dismissRemoteLinkStep(links.remove)
    createRemoteLinkStep(links.add)
    return new WorkflowResponse(input)
  },
)
