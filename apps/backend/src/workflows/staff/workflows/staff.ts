import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import {
  setStaffAssignmentStep,
  type StaffRoleInput,
} from "../steps/staff-assignment-steps"

/**
 * Head office invites a staff member with their role (and facility): the role
 * waits under the e-mail and applies to the account the invitation creates.
 */
export const inviteStaffWorkflow = createWorkflow(
  "invite-staff",
  (input: Omit<StaffRoleInput, "user_id">) => {
    const assignment = setStaffAssignmentStep(input)
    const invites = createInvitesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        invites: [{ email: input.email.toLowerCase() }],
      })),
    })
    const invite = transform({ invites }, ({ invites }) => invites[0])
    return new WorkflowResponse({ assignment, invite })
  },
)

export const assignStaffRoleWorkflow = createWorkflow(
  "assign-staff-role",
  (input: StaffRoleInput) => {
    const assignment = setStaffAssignmentStep(input)
    return new WorkflowResponse(assignment)
  },
)
