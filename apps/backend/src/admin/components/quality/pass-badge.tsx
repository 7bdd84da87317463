import { StatusBadge } from "@medusajs/ui"
import { t } from "../../lib/i18n"

/** An inspection's or a checklist item's outcome. */
export function PassBadge({ passed }: { passed: boolean }) {
  return (
    <StatusBadge color={passed ? "green" : "red"}>
      {passed ? t.inspection.passed : t.inspection.failed}
    </StatusBadge>
  )
}
