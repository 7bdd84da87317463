import { StatusBadge } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { BatchStatus } from "../../lib/types"

/** An expired batch is grey: it has run its course rather than gone wrong. */
const COLORS = {
  active: "green",
  on_hold: "orange",
  recalled: "red",
  expired: "grey",
} as const

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  return (
    <StatusBadge color={COLORS[status] ?? "grey"}>
      {t.batch.statuses[status] ?? status}
    </StatusBadge>
  )
}
