import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/** Staff accounts with their roles, and invitations whose account does not exist yet. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const staff: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [users, assignments] = await Promise.all([
    req.scope.resolve(Modules.USER).listUsers({}, { take: 500, order: { email: "ASC" } }),
    staff.listStaffAssignments({}, { take: 1000 }),
  ])
  const byEmail = new Map(assignments.map((assignment) => [assignment.email, assignment]))
  res.json({
    staff: users.map((user) => {
      const assignment = byEmail.get(user.email.toLowerCase())
      return {
        user_id: user.id,
        email: user.email,
        first_name: user.first_name,
        last_name: user.last_name,
        role: assignment?.role ?? "head_office",
        facility_id: assignment?.facility_id ?? null,
      }
    }),
    invited: assignments
      .filter(
        (assignment) =>
          !users.some((user) => user.email.toLowerCase() === assignment.email),
      )
      .map(({ email, role, facility_id }) => ({ email, role, facility_id })),
  })
}
