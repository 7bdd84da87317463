import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatBps } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE, useFacilities } from "../../lib/queries"
import type { Facility } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { FacilityForm } from "./facility-form"
import { PaginatedTable, type Column } from "./paginated-table"
import { SectionHeader } from "./section-header"

/** Open form state: `{}` creates, `{ facility }` edits. */
type FormState = { facility?: Facility } | null

export function FacilitiesSection() {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const facilities = useFacilities({ q, offset: pageIndex * PAGE_SIZE })

  const columns: Column<Facility>[] = [
    {
      key: "name",
      header: t.facility.name,
      render: (facility) => (
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {facility.name}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle font-mono">
            {facility.handle}
          </Text>
        </div>
      ),
    },
    {
      key: "place",
      header: t.facility.place,
      render: (facility) => `${facility.city}, ${facility.province}`,
    },
    {
      key: "shares",
      header: t.facility.sharesColumn,
      render: (facility) =>
        [
          facility.makers_share_bps,
          facility.capital_share_bps,
          facility.state_revenue_share_bps,
        ]
          .map(formatBps)
          .join(" / "),
    },
    {
      key: "stock_location",
      header: t.facility.stockLocation,
      render: (facility) => facility.stock_location?.name ?? t.facility.noStockLocation,
    },
    {
      key: "edit",
      header: "",
      render: (facility) => (
        <Button variant="transparent" size="small" onClick={() => setForm({ facility })}>
          {t.common.edit}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.facility.tab} onCreate={() => setForm({})}>
        <Input
          type="search"
          size="small"
          placeholder={t.facility.searchPlaceholder}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPageIndex(0)
          }}
        />
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={facilities.data?.facilities}
        rowKey={(facility) => facility.id}
        isLoading={facilities.isLoading}
        error={facilities.error}
        pagination={{
          count: facilities.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {form && <FacilityForm facility={form.facility} onClose={() => setForm(null)} />}
    </Container>
  )
}
