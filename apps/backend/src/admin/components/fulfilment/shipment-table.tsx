import { Alert, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay } from "../../lib/format"
import {
  cityLine,
  itemsSummary,
  orderNumber,
  type FacilityShipment,
  type ShipmentTab,
} from "../../lib/fulfilment"
import { t } from "../../lib/i18n"
import type { Page } from "../../lib/types"
import { SpanningCell, TablePager, type Column } from "../provenance/paginated-table"
import { ShipmentActions } from "./shipment-actions"
import { ShipmentStatusBadge } from "./shipment-status-badge"

/** A main line with a quieter one under it, as the dashboard's tables stack details. */
function Stacked({ main, sub }: { main: ReactNode; sub?: ReactNode }) {
  return (
    <div className="flex flex-col py-2">
      <Text size="small" leading="compact">
        {main}
      </Text>
      {sub && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          {sub}
        </Text>
      )}
    </div>
  )
}

/** The status, and when the shipment last moved on. */
function StatusCell({ status, delivery, fulfillment }: FacilityShipment) {
  let moved: string | undefined
  if (status === "delivered" && fulfillment?.delivered_at) {
    const date = formatDay(fulfillment.delivered_at)
    moved =
      delivery === "pickup"
        ? t.fulfilment.collectedAt(date)
        : t.fulfilment.deliveredAt(date)
  } else if (status === "shipped" && fulfillment?.shipped_at) {
    moved = t.fulfilment.shippedAt(formatDay(fulfillment.shipped_at))
  }
  return (
    <div className="flex flex-col items-start gap-y-1 py-2">
      <ShipmentStatusBadge status={status} />
      {moved && (
        <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
          {moved}
        </Text>
      )}
    </div>
  )
}

function Tracking({ fulfillment }: FacilityShipment) {
  if (!fulfillment?.tracking_number) {
    return <span className="text-ui-fg-muted">–</span>
  }
  const number = fulfillment.tracking_url ? (
    <a
      href={fulfillment.tracking_url}
      target="_blank"
      rel="noopener noreferrer"
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
    >
      {fulfillment.tracking_number}
    </a>
  ) : (
    <span className="font-mono">{fulfillment.tracking_number}</span>
  )
  return <Stacked main={fulfillment.courier} sub={number} />
}

const trackingColumn: Column<FacilityShipment> = {
  key: "tracking",
  header: t.fulfilment.tracking,
  render: (shipment) => <Tracking {...shipment} />,
}

type ShipmentTableProps = {
  facilityId: string
  tab: ShipmentTab
  data: Page<"shipments", FacilityShipment> | undefined
  isLoading: boolean
  error: Error | null
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  /** Only head office may open Medusa's order page; facility staff are refused it. */
  linkOrders: boolean
  onShip: (shipment: FacilityShipment) => void
}

/**
 * The queue's table. It is not `PaginatedTable` because each row carries its
 * order number (`data-order`) so a row can be found without reading its cells.
 */
export function ShipmentTable({
  facilityId,
  tab,
  data,
  isLoading,
  error,
  pageIndex,
  onPageChange,
  linkOrders,
  onShip,
}: ShipmentTableProps) {
  if (error) {
    return (
      <div className="px-6 py-4">
        <Alert variant="error">{error.message}</Alert>
      </div>
    )
  }

  const columns: Column<FacilityShipment>[] = [
    {
      key: "order",
      header: t.fulfilment.order,
      render: (shipment) =>
        linkOrders ? (
          <Link
            to={`/orders/${shipment.order_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
          >
            {orderNumber(shipment)}
          </Link>
        ) : (
          <span className="txt-compact-small-plus">{orderNumber(shipment)}</span>
        ),
    },
    {
      key: "placed_at",
      header: t.fulfilment.placedAt,
      render: (shipment) => (
        <span className="whitespace-nowrap">{formatDateTime(shipment.placed_at)}</span>
      ),
    },
    {
      key: "recipient",
      header: t.fulfilment.recipient,
      render: ({ recipient }) => (
        <Stacked main={recipient.name} sub={cityLine(recipient.address_lines)} />
      ),
    },
    {
      key: "items",
      header: t.fulfilment.items,
      render: (shipment) => (
        <span className="block max-w-xs">{itemsSummary(shipment.items)}</span>
      ),
    },
    {
      key: "delivery",
      header: t.fulfilment.delivery,
      render: (shipment) => (
        <Stacked
          main={shipment.shipping_method}
          sub={t.fulfilment.deliveries[shipment.delivery] ?? shipment.delivery}
        />
      ),
    },
    {
      key: "status",
      header: t.fulfilment.status,
      render: (shipment) => <StatusCell {...shipment} />,
    },
    // Nothing has a tracking number before it ships.
    ...(tab === "open" ? [] : [trackingColumn]),
    {
      key: "actions",
      header: "",
      render: (shipment) => (
        <ShipmentActions facilityId={facilityId} shipment={shipment} onShip={onShip} />
      ),
    },
  ]

  const rows = data?.shipments
  const count = data?.count ?? 0

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.key}>{column.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows && rows.length > 0 ? (
            rows.map((shipment) => (
              <Table.Row key={shipment.id} data-order={shipment.display_id}>
                {columns.map((column) => (
                  <Table.Cell key={column.key}>{column.render(shipment)}</Table.Cell>
                ))}
              </Table.Row>
            ))
          ) : (
            <Table.Row>
              <SpanningCell span={columns.length} className="text-ui-fg-muted">
                {isLoading && !rows ? t.common.loading : t.common.empty}
              </SpanningCell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
      <TablePager count={count} pageIndex={pageIndex} onPageChange={onPageChange} />
    </div>
  )
}
