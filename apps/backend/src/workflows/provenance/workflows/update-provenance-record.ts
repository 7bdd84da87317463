import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateProvenanceRecordStep,
  type UpdateProvenanceRecordInput,
} from "../steps/update-provenance-record"

/** Updates a facility, workshop or production batch in place. */
export const updateProvenanceRecordWorkflow = createWorkflow(
  "update-provenance-record",
  (input: UpdateProvenanceRecordInput) => {
    return new WorkflowResponse(updateProvenanceRecordStep(input))
  },
)
