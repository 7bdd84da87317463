import { model } from "@medusajs/framework/utils"

export const STAFF_ROLES = ["head_office", "facility_staff"] as const

/**
 * What a staff user may do: head office everything, facility staff only their
 * facility's work. An assignment made with an invitation waits under the
 * invited e-mail until the account exists (`user_id` null until then).
 */
export const StaffAssignment = model
  .define("staff_assignment", {
    id: model.id({ prefix: "stfa" }).primaryKey(),
    email: model.text().unique(),
    user_id: model.text().unique().nullable(),
    role: model.enum([...STAFF_ROLES]),
    facility_id: model.text().nullable(),
  })
  .checks([
    {
      name: "staff_assignment_facility_for_facility_staff",
      expression: (columns) =>
        `(${columns.role} = 'facility_staff') = (${columns.facility_id} is not null)`,
    },
  ])
