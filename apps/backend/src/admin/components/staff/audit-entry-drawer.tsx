import { Heading, Hint, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { AuditEntry } from "../../lib/staff"
import { DetailDrawer } from "../wholesale/detail-drawer"
import { DetailList } from "../wholesale/detail-list"
import { AuditAction, AuditRecord, resourceTypeLabel } from "./audit-record"

type AuditEntryDrawerProps = {
  entry: AuditEntry
  facilityName: string
  onClose: () => void
}

/** One entry of the log, with the data its request sent, pretty-printed. */
export function AuditEntryDrawer({
  entry,
  facilityName,
  onClose,
}: AuditEntryDrawerProps) {
  const title = [resourceTypeLabel(entry.resource_type), entry.resource_id]
    .filter(Boolean)
    .join(" · ")

  return (
    <DetailDrawer
      title={title}
      description={t.auditLog.entryDescription(
        formatDateTime(entry.created_at),
        entry.actor_email ?? entry.actor_id,
      )}
      onClose={onClose}
    >
      <DetailList
        details={[
          { label: t.auditLog.time, value: formatDateTime(entry.created_at) },
          {
            label: t.auditLog.actor,
            value: (
              <>
                {entry.actor_email && <span className="block">{entry.actor_email}</span>}
                <span className="text-ui-fg-subtle font-mono">{entry.actor_id}</span>
              </>
            ),
          },
          { label: t.auditLog.action, value: <AuditAction entry={entry} /> },
          { label: t.auditLog.status, value: String(entry.status_code) },
          { label: t.auditLog.record, value: <AuditRecord entry={entry} /> },
          { label: t.auditLog.facility, value: facilityName },
        ]}
      />
      <section className="flex flex-col gap-y-2 border-t pt-4">
        <Heading level="h3">{t.auditLog.changes}</Heading>
        {entry.changes === null || entry.changes === undefined ? (
          <Text size="small" className="text-ui-fg-muted">
            {t.auditLog.noChanges}
          </Text>
        ) : (
          <>
            <Hint>{t.auditLog.changesHint}</Hint>
            <pre className="bg-ui-bg-subtle txt-compact-xsmall overflow-x-auto rounded-lg border p-3 font-mono">
              {JSON.stringify(entry.changes, null, 2)}
            </pre>
          </>
        )}
      </section>
    </DetailDrawer>
  )
}
