import { formatCount, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { BestSeller } from "../../lib/types"
import type { Column } from "../provenance/paginated-table"
import { DashboardTable } from "./dashboard-table"

/** How many best sellers the API returns. */
const BEST_SELLERS_LIMIT = 10

type RankedSeller = BestSeller & { rank: number }

const columns: Column<RankedSeller>[] = [
  { key: "rank", header: t.impactDashboard.rank, render: (row) => row.rank },
  {
    key: "product",
    header: t.impactDashboard.product,
    render: (row) => row.title ?? row.product_id,
  },
  {
    key: "units",
    header: t.impactDashboard.units,
    numeric: true,
    render: (row) => formatCount(row.units),
  },
  {
    key: "sales",
    header: t.impactDashboard.sales,
    numeric: true,
    render: (row) => formatRupiah(row.sales),
  },
]

type BestSellersTableProps = { rows: BestSeller[] | undefined; isLoading: boolean }

export function BestSellersTable({ rows, isLoading }: BestSellersTableProps) {
  return (
    <DashboardTable
      title={t.impactDashboard.bestSellers}
      hint={t.impactDashboard.bestSellersHint(BEST_SELLERS_LIMIT)}
      columns={columns}
      rows={rows?.map((row, index) => ({ ...row, rank: index + 1 }))}
      rowKey={(row) => row.product_id}
      isLoading={isLoading}
    />
  )
}
