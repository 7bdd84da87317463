import { toast } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import {
  roleBody,
  staffName,
  useAssignStaffRole,
  type StaffMember,
  type StaffRole,
} from "../../lib/staff"
import { FormDrawer } from "../provenance/form-drawer"
import { RoleFields, facilityMissing } from "./role-fields"

type RoleDrawerProps = { member: StaffMember; onClose: () => void }

/** Changes a staff member's role and facility; saving what was there closes without a request. */
export function RoleDrawer({ member, onClose }: RoleDrawerProps) {
  const [role, setRole] = useState<StaffRole>(member.role)
  const [facilityId, setFacilityId] = useState(member.facility_id ?? "")
  const [submitted, setSubmitted] = useState(false)
  const assign = useAssignStaffRole(member.user_id)

  const submit = () => {
    setSubmitted(true)
    if (facilityMissing(role, facilityId)) return
    const body = roleBody(role, facilityId)
    if (body.role === member.role && body.facility_id === member.facility_id) {
      return onClose()
    }
    assign.mutate(body, {
      onSuccess: () => {
        toast.success(t.staff.roleSaved(member.email))
        onClose()
      },
    })
  }

  const name = staffName(member)

  return (
    <FormDrawer
      title={name ? `${t.staff.changeRole}: ${name}` : t.staff.changeRole}
      description={`${member.email} · ${t.staff.changeRoleDescription}`}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={assign.isPending}
      serverError={assign.error?.message}
    >
      <RoleFields
        idPrefix="staff-edit"
        role={role}
        onRoleChange={setRole}
        facilityId={facilityId}
        onFacilityChange={setFacilityId}
        facilityError={submitted ? facilityMissing(role, facilityId) : undefined}
      />
    </FormDrawer>
  )
}
