import { Table, Text } from "@medusajs/ui"
import { formatCount, formatMonth, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { ImpactAmounts, ImpactRow } from "../../lib/types"
import { PaginatedTable, SpanningCell, type Column } from "./paginated-table"

const amounts: { key: keyof ImpactAmounts; header: string }[] = [
  { key: "units", header: t.impact.units },
  { key: "line_total", header: t.impact.lineTotal },
  { key: "makers_amount", header: t.impact.makers },
  { key: "capital_amount", header: t.impact.capital },
  { key: "state_revenue_amount", header: t.impact.stateRevenue },
]

const formatAmount = (key: keyof ImpactAmounts, value: number) =>
  key === "units" ? formatCount(value) : formatRupiah(value)

const columns: Column<ImpactRow>[] = [
  { key: "month", header: t.impact.month, render: (row) => formatMonth(row.month) },
  {
    key: "workshop",
    header: t.impact.workshop,
    render: (row) => (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {row.workshop_name}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {row.facility_name}
        </Text>
      </div>
    ),
  },
  ...amounts.map(({ key, header }) => ({
    key,
    header,
    numeric: true,
    render: (row: ImpactRow) => formatAmount(key, row[key]),
  })),
]

type ImpactTableProps = {
  rows: ImpactRow[] | undefined
  totals: ImpactAmounts | undefined
  isLoading: boolean
  error: Error | null
}

/** The ledger summed per workshop per month; a month has one row per workshop that sold. */
export function ImpactTable({ rows, totals, isLoading, error }: ImpactTableProps) {
  const footer = totals && rows && rows.length > 0 && (
    <Table.Row className="font-medium">
      <SpanningCell span={2}>{t.impact.total}</SpanningCell>
      {amounts.map(({ key }) => (
        <Table.Cell key={key} className="text-right tabular-nums">
          {formatAmount(key, totals[key])}
        </Table.Cell>
      ))}
    </Table.Row>
  )

  return (
    <PaginatedTable
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.month}:${row.workshop_id}`}
      isLoading={isLoading}
      error={error}
      footer={footer}
    />
  )
}
