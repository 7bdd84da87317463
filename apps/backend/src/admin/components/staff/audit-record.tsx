import { Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { AuditEntry } from "../../lib/staff"

const RESOURCE_LABELS: Record<string, string> = t.auditLog.resourceTypes

/** A resource type's name; one the dashboard does not know yet shows as sent. */
export const resourceTypeLabel = (type: string) => RESOURCE_LABELS[type] ?? type

/** The record an entry concerns: its kind, and its id when the path named one. */
export function AuditRecord({ entry }: { entry: AuditEntry }) {
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        {resourceTypeLabel(entry.resource_type)}
      </Text>
      {entry.resource_id && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
          {entry.resource_id}
        </Text>
      )}
    </div>
  )
}

/** The request that made the change, as the route saw it. */
export function AuditAction({ entry }: { entry: AuditEntry }) {
  return (
    <span className="font-mono txt-compact-xsmall break-all">
      <span className="txt-compact-xsmall-plus">{entry.method}</span> {entry.path}
    </span>
  )
}
