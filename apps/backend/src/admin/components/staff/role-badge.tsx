import { StatusBadge } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { StaffRole } from "../../lib/staff"

/** Purple for the wider reach of head office, blue for staff bound to a facility. */
const ROLE_COLORS = { head_office: "purple", facility_staff: "blue" } as const

export function StaffRoleBadge({ role }: { role: StaffRole }) {
  return (
    <StatusBadge color={ROLE_COLORS[role] ?? "grey"}>
      {t.staff.roles[role] ?? role}
    </StatusBadge>
  )
}
