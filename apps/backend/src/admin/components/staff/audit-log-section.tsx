import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import {
  AUDIT_RESOURCE_TYPES,
  useAuditLog,
  useFacilityNames,
  type AuditEntry,
} from "../../lib/staff"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { AuditEntryDrawer } from "./audit-entry-drawer"
import { AuditAction, AuditRecord } from "./audit-record"

/** Who changed which record and when, newest first. */
export function AuditLogSection() {
  const [resourceType, setResourceType] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const [open, setOpen] = useState<AuditEntry | null>(null)
  const log = useAuditLog({
    resource_type: resourceType,
    offset: pageIndex * PAGE_SIZE,
  })
  const facilities = useFacilityNames()

  /** An entry carries a facility only when its actor acted as facility staff. */
  const facilityName = (entry: AuditEntry) =>
    entry.facility_id
      ? (facilities.names.get(entry.facility_id) ?? entry.facility_id)
      : t.staff.roles.head_office

  const columns: Column<AuditEntry>[] = [
    {
      key: "created_at",
      header: t.auditLog.time,
      render: (entry) => (
        <span className="whitespace-nowrap">{formatDateTime(entry.created_at)}</span>
      ),
    },
    {
      key: "actor",
      header: t.auditLog.actor,
      render: (entry) => entry.actor_email ?? entry.actor_id,
    },
    {
      key: "action",
      header: t.auditLog.action,
      render: (entry) => <AuditAction entry={entry} />,
    },
    {
      key: "record",
      header: t.auditLog.record,
      render: (entry) => <AuditRecord entry={entry} />,
    },
    {
      key: "facility",
      header: t.auditLog.facility,
      render: (entry) => (
        <span className={entry.facility_id ? undefined : "text-ui-fg-muted"}>
          {facilityName(entry)}
        </span>
      ),
    },
    {
      key: "open",
      header: "",
      render: (entry) => (
        <Button variant="transparent" size="small" onClick={() => setOpen(entry)}>
          {t.auditLog.open}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.auditLog.title}>
        <div className="w-56">
          <OptionSelect
            size="small"
            value={resourceType}
            onChange={(value) => {
              setResourceType(value)
              setPageIndex(0)
            }}
            allLabel={t.auditLog.allTypes}
            options={AUDIT_RESOURCE_TYPES.map((value) => ({
              value,
              label: t.auditLog.resourceTypes[value],
            }))}
          />
        </div>
      </SectionHeader>
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t.auditLog.hint}
      </Text>
      <PaginatedTable
        columns={columns}
        rows={log.data?.audit_entries}
        rowKey={(entry) => entry.id}
        isLoading={log.isLoading}
        error={log.error}
        pagination={{
          count: log.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {open && (
        <AuditEntryDrawer
          entry={open}
          facilityName={facilityName(open)}
          onClose={() => setOpen(null)}
        />
      )}
    </Container>
  )
}
