import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatCount, formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import {
  APPLICATION_STATUSES,
  usePartnerApplications,
  type ApplicationStatus,
  type PartnerApplication,
} from "../../lib/wholesale"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { ApplicationDrawer } from "./application-drawer"
import { ApplicationStatusBadge } from "./status-badges"

/** The review queue: it opens on the applications still waiting for a decision. */
export function ApplicationsSection() {
  const [status, setStatus] = useState<ApplicationStatus | "">("pending")
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const [pageIndex, setPageIndex] = useState(0)
  const [open, setOpen] = useState<PartnerApplication | null>(null)
  const applications = usePartnerApplications({
    status,
    q,
    offset: pageIndex * PAGE_SIZE,
  })

  const columns: Column<PartnerApplication>[] = [
    {
      key: "business_name",
      header: t.application.businessName,
      render: (application) => (
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {application.business_name}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {application.contact_name}
          </Text>
        </div>
      ),
    },
    {
      key: "npwp",
      header: t.application.npwp,
      render: (application) => <span className="font-mono">{application.npwp}</span>,
    },
    { key: "city", header: t.application.city, render: (a) => a.city },
    {
      key: "expected_monthly_volume",
      header: t.application.expectedVolume,
      numeric: true,
      render: (a) => formatCount(a.expected_monthly_volume),
    },
    {
      key: "created_at",
      header: t.application.submittedAt,
      render: (a) => (
        <span className="whitespace-nowrap">{formatDateTime(a.created_at)}</span>
      ),
    },
    {
      key: "status",
      header: t.application.status,
      render: (a) => <ApplicationStatusBadge status={a.status} />,
    },
    {
      key: "open",
      header: "",
      render: (application) => (
        <Button variant="transparent" size="small" onClick={() => setOpen(application)}>
          {t.application.open}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.application.title}>
        <div className="w-44">
          <OptionSelect
            size="small"
            value={status}
            onChange={(value) => {
              setStatus(value as ApplicationStatus | "")
              setPageIndex(0)
            }}
            allLabel={t.application.allStatuses}
            options={APPLICATION_STATUSES.map((value) => ({
              value,
              label: t.application.statuses[value],
            }))}
          />
        </div>
        <Input
          type="search"
          size="small"
          placeholder={t.application.searchPlaceholder}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPageIndex(0)
          }}
        />
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={applications.data?.partner_applications}
        rowKey={(application) => application.id}
        isLoading={applications.isLoading}
        error={applications.error}
        pagination={{
          count: applications.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {open && <ApplicationDrawer application={open} onClose={() => setOpen(null)} />}
    </Container>
  )
}
