import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInspectionsStep,
  validateInspectionsStep,
  type InspectionInput,
} from "../steps/inspection-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/** Records batch inspections; a failed one takes its batch off sale at once. */
export const recordInspectionsWorkflow = createWorkflow(
  "record-inspections",
  (input: { inspections: InspectionInput[] }) => {
    const checked = validateInspectionsStep(input.inspections)
    const inspections = createInspectionsStep(
      transform({ input, checked }, ({ input, checked }) => ({
        inputs: input.inspections,
        standard_codes: checked.standard_codes,
      })),
    )
    refreshProductQualityWorkflow.runAsStep({
      input: { product_ids: checked.product_ids },
    })
    return new WorkflowResponse(inspections)
  },
)
