import { Text } from "@medusajs/ui"
import { formatCount, formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { ExpiringBatch } from "../../lib/types"
import type { Column } from "../provenance/paginated-table"
import { DashboardTable } from "./dashboard-table"

/** The window the API looks ahead for expiring batches. */
const EXPIRY_HORIZON_DAYS = 30

function TwoLines({ main, sub }: { main: string | null; sub: string | null }) {
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        {main ?? "–"}
      </Text>
      {sub && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {sub}
        </Text>
      )}
    </div>
  )
}

const columns: Column<ExpiringBatch>[] = [
  {
    key: "code",
    header: t.impactDashboard.batch,
    render: (row) => <span className="font-mono">{row.code}</span>,
  },
  {
    key: "product",
    header: t.impactDashboard.product,
    render: (row) => <TwoLines main={row.product_title} sub={row.variant_title} />,
  },
  {
    key: "workshop",
    header: t.impactDashboard.workshop,
    render: (row) => <TwoLines main={row.workshop_name} sub={row.facility_name} />,
  },
  {
    key: "expires_at",
    header: t.impactDashboard.expiresAt,
    render: (row) => formatDate(row.expires_at),
  },
  {
    key: "best_before",
    header: t.impactDashboard.bestBefore,
    render: (row) => formatDate(row.best_before),
  },
  {
    key: "units_left",
    header: t.impactDashboard.unitsLeft,
    numeric: true,
    render: (row) => formatCount(row.units_left),
  },
]

type ExpiringBatchesTableProps = {
  rows: ExpiringBatch[] | undefined
  isLoading: boolean
}

/** Sellable batches close to their dates, soonest first: what to sell next. */
export function ExpiringBatchesTable({ rows, isLoading }: ExpiringBatchesTableProps) {
  return (
    <DashboardTable
      title={t.impactDashboard.expiringSoon}
      hint={t.impactDashboard.expiringSoonHint(EXPIRY_HORIZON_DAYS)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.batch_id}
      isLoading={isLoading}
    />
  )
}
