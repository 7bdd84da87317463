import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import {
  bankTransferOf,
  formatJakartaTime,
  ORDER_PAYMENT_FIELDS,
  type OrderPayments,
  type TransferStatus,
} from "../lib/bank-transfer"
import { adminGet } from "../lib/client"
import { formatRupiah } from "../lib/format"
import { t } from "../lib/i18n"

const STATUS_COLORS: Record<TransferStatus, "orange" | "green" | "grey" | "red"> = {
  awaiting_payment: "orange",
  paid: "green",
  canceled: "grey",
  expired: "red",
}

/**
 * The dashboard refetches the order after "Capture payment"; keying on what
 * it holds of the payments refreshes this card along with it.
 */
function paymentsFingerprint(order: AdminOrder): string {
  return (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .map((payment) => `${payment.id}:${payment.captured_at}:${payment.canceled_at}`)
    .join(",")
}

/** What staff need to match a bank transfer to this order before capturing it. */
const OrderBankTransferWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const order = useQuery({
    queryKey: ["bank-transfer", data.id, paymentsFingerprint(data)],
    queryFn: () =>
      adminGet<{ order: OrderPayments }>(`/admin/orders/${data.id}`, {
        fields: ORDER_PAYMENT_FIELDS,
      }),
  })

  if (order.error) {
    return (
      <Container className="px-6 py-4">
        <Alert variant="error">{order.error.message}</Alert>
      </Container>
    )
  }
  const transfer = order.data ? bankTransferOf(order.data.order) : null
  if (!transfer) {
    return null
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t.bankTransfer.title}</Heading>
        <StatusBadge color={STATUS_COLORS[transfer.status]}>
          {t.bankTransfer.statuses[transfer.status]}
        </StatusBadge>
      </div>
      <dl className="flex flex-col gap-y-2 px-6 py-4">
        <Row label={t.bankTransfer.reference}>
          <span className="font-mono">{transfer.reference ?? "–"}</span>
        </Row>
        <Row label={t.bankTransfer.amount}>{formatRupiah(transfer.amount)}</Row>
        <Row label={t.bankTransfer.deadline}>
          {transfer.deadline ? formatJakartaTime(transfer.deadline) : "–"}
        </Row>
      </dl>
      {transfer.status !== "paid" && transfer.status !== "canceled" && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t.bankTransfer.captureHint}
        </Text>
      )}
    </Container>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-center gap-4">
      <Text size="small" className="text-ui-fg-subtle" asChild>
        <dt>{label}</dt>
      </Text>
      <Text size="small" weight="plus" className="text-right" asChild>
        <dd>{children}</dd>
      </Text>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderBankTransferWidget
