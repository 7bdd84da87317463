import { Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import { STAFF_ROLES } from "../../lib/staff"

/** One line per role on what it may do, so the choice in the forms is informed. */
export function RoleSummary() {
  return (
    <ul className="flex flex-col gap-y-1 px-6 py-4">
      {STAFF_ROLES.map((role) => (
        <Text key={role} size="small" className="text-ui-fg-subtle" asChild>
          <li>
            <span className="txt-compact-small-plus text-ui-fg-base">
              {t.staff.roles[role]}
            </span>
            : {t.staff.roleDescriptions[role]}
          </li>
        </Text>
      ))}
    </ul>
  )
}
