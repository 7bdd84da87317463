import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInspectionStep,
  validateInspectionStep,
  type InspectionInput,
} from "../steps/inspection-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/** Records a batch's inspection; a failed one takes the batch off sale at once. */
export const recordInspectionWorkflow = createWorkflow(
  "record-inspection",
  (input: InspectionInput) => {
    const checked = validateInspectionStep(input)
    const inspection = createInspectionStep({
      input,
      standard_code: checked.standard_code,
    })
    const productIds = transform({ checked }, ({ checked }) => [checked.product_id])
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(inspection)
  },
)
