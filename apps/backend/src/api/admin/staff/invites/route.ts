import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteStaffWorkflow } from "../../../../workflows/staff/workflows/staff"
import type { AdminInviteStaffType } from "../validators"

export async function POST(
  req: MedusaRequest<AdminInviteStaffType>,
  res: MedusaResponse,
) {
  const { result } = await inviteStaffWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.status(201).json({
    invite: {
      id: result.invite.id,
      email: result.invite.email,
      token: result.invite.token,
      expires_at: result.invite.expires_at,
    },
    role: result.assignment.role,
    facility_id: result.assignment.facility_id,
  })
}
