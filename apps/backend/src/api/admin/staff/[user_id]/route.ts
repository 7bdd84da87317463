import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { assignStaffRoleWorkflow } from "../../../../workflows/staff/workflows/staff"
import type { AdminAssignStaffRoleType } from "../validators"

/** Changes an existing staff member's role and facility. */
export async function POST(
  req: MedusaRequest<AdminAssignStaffRoleType>,
  res: MedusaResponse,
) {
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers({ id: req.params.user_id }, { take: 1 })
  if (!user) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `User with id "${req.params.user_id}" was not found`,
    )
  }
  const { result } = await assignStaffRoleWorkflow(req.scope).run({
    input: { ...req.validatedBody, email: user.email, user_id: user.id },
  })
  res.json({
    user_id: user.id,
    email: user.email,
    role: result.role,
    facility_id: result.facility_id,
  })
}
