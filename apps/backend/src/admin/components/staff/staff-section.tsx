import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { t } from "../../lib/i18n"
import {
  staffName,
  useFacilityNames,
  useStaff,
  type PendingInvitation,
  type StaffMember,
} from "../../lib/staff"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { InviteDrawer } from "./invite-drawer"
import { StaffRoleBadge } from "./role-badge"
import { RoleDrawer } from "./role-drawer"
import { RoleSummary } from "./role-summary"

/** Staff accounts and their roles, the invitation of new ones, and those still pending. */
export function StaffSection() {
  const staff = useStaff()
  const facilities = useFacilityNames()
  const [editing, setEditing] = useState<StaffMember | null>(null)
  const [inviting, setInviting] = useState(false)

  /** Head office is bound to no facility: it works across all of them. */
  const facilityCell = (facilityId: string | null) =>
    facilityId ? (
      (facilities.names.get(facilityId) ?? facilityId)
    ) : (
      <span className="text-ui-fg-muted">{t.staff.allFacilities}</span>
    )

  const columns: Column<StaffMember>[] = [
    {
      key: "name",
      header: t.staff.name,
      render: (member) => staffName(member) || "–",
    },
    { key: "email", header: t.staff.email, render: (member) => member.email },
    {
      key: "role",
      header: t.staff.role,
      render: (member) => <StaffRoleBadge role={member.role} />,
    },
    {
      key: "facility",
      header: t.staff.facility,
      render: (member) => facilityCell(member.facility_id),
    },
    {
      key: "edit",
      header: "",
      render: (member) => (
        <Button
          variant="transparent"
          size="small"
          className="whitespace-nowrap"
          onClick={() => setEditing(member)}
        >
          {t.staff.changeRole}
        </Button>
      ),
    },
  ]

  const invitedColumns: Column<PendingInvitation>[] = [
    { key: "email", header: t.staff.email, render: (invited) => invited.email },
    {
      key: "role",
      header: t.staff.role,
      render: (invited) => <StaffRoleBadge role={invited.role} />,
    },
    {
      key: "facility",
      header: t.staff.facility,
      render: (invited) => facilityCell(invited.facility_id),
    },
  ]

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={t.staff.staffTab}
          onCreate={() => setInviting(true)}
          createLabel={t.staff.invite}
        />
        <RoleSummary />
        <PaginatedTable
          columns={columns}
          rows={staff.data?.staff}
          rowKey={(member) => member.user_id}
          isLoading={staff.isLoading}
          error={staff.error}
        />
      </Container>
      {/* A refused list is explained once, above; the same error twice adds nothing. */}
      {!staff.error && (
        <Container className="divide-y p-0">
          <SectionHeader title={t.staff.pending} />
          {staff.data && staff.data.invited.length === 0 ? (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              {t.staff.noPending}
            </Text>
          ) : (
            <>
              <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                {t.staff.pendingHint}{" "}
                <Link
                  to="/settings/users/invite"
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {t.staff.pendingHintLink}
                </Link>
                .
              </Text>
              <PaginatedTable
                columns={invitedColumns}
                rows={staff.data?.invited}
                rowKey={(invited) => invited.email}
                isLoading={staff.isLoading}
                error={null}
              />
            </>
          )}
        </Container>
      )}
      {editing && <RoleDrawer member={editing} onClose={() => setEditing(null)} />}
      {inviting && <InviteDrawer onClose={() => setInviting(false)} />}
    </div>
  )
}
