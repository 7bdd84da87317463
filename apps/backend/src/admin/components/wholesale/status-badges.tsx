import { StatusBadge } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type {
  ApplicationStatus,
  Invoice,
  PartnerShopStatus,
  QuoteStatus,
} from "../../lib/wholesale"

const APPLICATION_COLORS = {
  pending: "orange",
  approved: "green",
  rejected: "red",
} as const

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <StatusBadge color={APPLICATION_COLORS[status] ?? "grey"}>
      {t.application.statuses[status] ?? status}
    </StatusBadge>
  )
}

const SHOP_COLORS = { active: "green", suspended: "orange" } as const

export function PartnerShopStatusBadge({ status }: { status: PartnerShopStatus }) {
  return (
    <StatusBadge color={SHOP_COLORS[status] ?? "grey"}>
      {t.partnerShop.statuses[status] ?? status}
    </StatusBadge>
  )
}

/** Orange while it waits on staff, blue while it waits on the partner. */
const QUOTE_COLORS = {
  requested: "orange",
  answered: "blue",
  accepted: "green",
  rejected: "grey",
} as const

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return (
    <StatusBadge color={QUOTE_COLORS[status] ?? "grey"}>
      {t.quote.statuses[status] ?? status}
    </StatusBadge>
  )
}

const INVOICE_COLORS = { unpaid: "orange", paid: "green", canceled: "grey" } as const

/** An unpaid invoice past its due date shows as overdue, in red. */
export function InvoiceStatusBadge({ invoice }: { invoice: Invoice }) {
  if (invoice.status === "unpaid" && invoice.overdue) {
    return <StatusBadge color="red">{t.invoice.overdue}</StatusBadge>
  }
  return (
    <StatusBadge color={INVOICE_COLORS[invoice.status] ?? "grey"}>
      {t.invoice.statuses[invoice.status] ?? invoice.status}
    </StatusBadge>
  )
}
