import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type StaffRoleInput = {
  email: string
  user_id?: string | null
  role: "head_office" | "facility_staff"
  facility_id?: string | null
}

/**
 * Sets the role of a staff member (by e-mail, and user once the account
 * exists); facility staff must name an existing facility. Compensation puts
 * back what was there.
 */
export const setStaffAssignmentStep = createStep(
  "set-staff-assignment",
  async (input: StaffRoleInput, { container }) => {
    const facilityId =
      input.role === "facility_staff" ? (input.facility_id ?? null) : null
    if (input.role === "facility_staff") {
      if (!facilityId) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "facility_id: facility staff must be bound to a facility",
        )
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "facility",
        fields: ["id"],
        filters: { id: facilityId },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `facility_id: facility "${facilityId}" was not found`,
        )
      }
    }
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const email = input.email.toLowerCase()
    const [previous] = await staff.listStaffAssignments({ email }, { take: 1 })
    const data = {
      email,
      user_id: input.user_id ?? previous?.user_id ?? null,
      role: input.role,
      facility_id: facilityId,
    }
    const assignment = previous
      ? await staff.updateStaffAssignments({ id: previous.id, ...data })
      : await staff.createStaffAssignments(data)
    return new StepResponse(assignment, {
      id: assignment.id,
      previous: previous
        ? {
            user_id: previous.user_id,
            role: previous.role,
            facility_id: previous.facility_id,
          }
        : null,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    if (undo.previous) {
      await staff.updateStaffAssignments({ id: undo.id, ...undo.previous })
    } else {
      await staff.deleteStaffAssignments(undo.id)
    }
  },
)
