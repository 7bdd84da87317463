import { StatusBadge } from "@medusajs/ui"
import type { ShipmentStatus } from "../../lib/fulfilment"
import { t } from "../../lib/i18n"

/** Orange while the facility has work to do, blue and purple while it waits on others. */
const STATUS_COLORS = {
  awaiting_payment: "grey",
  to_pack: "orange",
  ready_for_pickup: "blue",
  shipped: "purple",
  delivered: "green",
} as const

export function ShipmentStatusBadge({ status }: { status: ShipmentStatus }) {
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>
      {t.fulfilment.statuses[status] ?? status}
    </StatusBadge>
  )
}
