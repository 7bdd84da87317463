import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createStandardsStep,
  deleteStandardStep,
  productsInCategoriesStep,
  updateStandardStep,
  type StandardChange,
  type StandardData,
} from "../steps/standard-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/** Creates standards and judges the products of their categories against them. */
export const createQualityStandardsWorkflow = createWorkflow(
  "create-quality-standards",
  (input: { standards: StandardData[] }) => {
    const standards = createStandardsStep(input.standards)
    const handles = transform({ input }, ({ input }) =>
      input.standards.flatMap((standard) => standard.category_handles),
    )
    const productIds = productsInCategoriesStep(handles)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(standards)
  },
)

/** Changes a standard and re-judges the products it governed and now governs. */
export const updateQualityStandardWorkflow = createWorkflow(
  "update-quality-standard",
  (input: StandardChange) => {
    const result = updateStandardStep(input)
    const handles = transform({ result }, ({ result }) => result.category_handles)
    const productIds = productsInCategoriesStep(handles)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(result.updated)
  },
)

/** Removes a standard; the products it governed no longer have one to meet. */
export const deleteQualityStandardWorkflow = createWorkflow(
  "delete-quality-standard",
  (input: { id: string }) => {
    const handles = deleteStandardStep(input.id)
    const productIds = productsInCategoriesStep(handles)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(input.id)
  },
)
