import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatCount, formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { AffectedOrder } from "../../lib/quality-types"
import { PaginatedTable, type Column } from "../provenance/paginated-table"

/** Three columns, each stacking its details, so the table fits a drawer's width. */
const columns: Column<AffectedOrder>[] = [
  {
    key: "order",
    header: t.recall.order,
    render: (order) => (
      <div className="flex flex-col py-2">
        {/* A new tab keeps this list, which the server sends only once, on screen. */}
        <Link
          to={`/orders/${order.order_id}`}
          target="_blank"
          rel="noopener noreferrer"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
        >
          #{order.display_id}
        </Link>
        <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
          {formatDateTime(order.placed_at)}
        </Text>
      </div>
    ),
  },
  {
    key: "customer",
    header: t.recall.customer,
    render: (order) => (
      <div className="flex flex-col py-2">
        {[order.name, order.email, order.phone].map((detail, index) => (
          <Text
            key={index}
            size="small"
            leading="compact"
            className={index > 0 ? "text-ui-fg-subtle break-all" : undefined}
          >
            {detail ?? "–"}
          </Text>
        ))}
      </div>
    ),
  },
  {
    key: "units",
    header: t.recall.units,
    numeric: true,
    render: (order) => formatCount(order.units),
  },
]

/** The customers staff must contact about a recall. */
export function AffectedOrdersTable({ orders }: { orders: AffectedOrder[] }) {
  return (
    <PaginatedTable
      columns={columns}
      rows={orders}
      rowKey={(order) => order.order_id}
      isLoading={false}
      error={null}
    />
  )
}
