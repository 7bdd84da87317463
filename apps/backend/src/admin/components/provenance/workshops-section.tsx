import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatCount } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE, useFacilityOptions, useWorkshops } from "../../lib/queries"
import type { Workshop } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { OptionSelect } from "./option-select"
import { PaginatedTable, type Column } from "./paginated-table"
import { SectionHeader } from "./section-header"
import { WorkshopForm } from "./workshop-form"

/** Open form state: `{}` creates, `{ workshop }` edits. */
type FormState = { workshop?: Workshop } | null

export function WorkshopsSection() {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const [facilityId, setFacilityId] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const facilities = useFacilityOptions()
  const workshops = useWorkshops({
    q,
    facility_id: facilityId,
    offset: pageIndex * PAGE_SIZE,
  })

  const columns: Column<Workshop>[] = [
    {
      key: "name",
      header: t.workshop.name,
      render: (workshop) => (
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {workshop.name}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle font-mono">
            {workshop.handle}
          </Text>
        </div>
      ),
    },
    { key: "craft_type", header: t.workshop.craftType, render: (w) => w.craft_type },
    { key: "facility", header: t.workshop.facility, render: (w) => w.facility.name },
    {
      key: "maker_count",
      header: t.workshop.makerCount,
      numeric: true,
      render: (w) => formatCount(w.maker_count),
    },
    {
      key: "training_hours",
      header: t.workshop.trainingHours,
      numeric: true,
      render: (w) => formatCount(w.training_hours),
    },
    {
      key: "weekly_capacity",
      header: t.workshop.weeklyCapacityColumn,
      numeric: true,
      render: (w) => formatCount(w.weekly_capacity),
    },
    {
      key: "edit",
      header: "",
      render: (workshop) => (
        <Button variant="transparent" size="small" onClick={() => setForm({ workshop })}>
          {t.common.edit}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.workshop.tab} onCreate={() => setForm({})}>
        <div className="w-48">
          <OptionSelect
            size="small"
            value={facilityId}
            onChange={(value) => {
              setFacilityId(value)
              setPageIndex(0)
            }}
            allLabel={t.workshop.allFacilities}
            options={(facilities.data?.facilities ?? []).map((facility) => ({
              value: facility.id,
              label: facility.name,
            }))}
          />
        </div>
        <Input
          type="search"
          size="small"
          placeholder={t.workshop.searchPlaceholder}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPageIndex(0)
          }}
        />
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={workshops.data?.workshops}
        rowKey={(workshop) => workshop.id}
        isLoading={workshops.isLoading}
        error={workshops.error}
        pagination={{
          count: workshops.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {form && <WorkshopForm workshop={form.workshop} onClose={() => setForm(null)} />}
    </Container>
  )
}
