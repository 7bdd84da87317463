/*
 * What the order page shows of a bank transfer: the buyer's reference, how
 * much and by when, and where the payment stands. Kept free of React so the
 * fields the widget asks for can be checked against the server.
 */
import { bankTransferStatus } from "../../modules/bank-transfer/status"
import { BANK_TRANSFER_PROVIDER_ID } from "../../lib/checkout-ids"
import type { BankTransferStatus } from "../../modules/bank-transfer/types"

/** The order fields the widget asks for: the payments and nothing else. */
export const ORDER_PAYMENT_FIELDS = [
  "id",
  "status",
  "currency_code",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.created_at",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
].join(",")

export type OrderPayment = {
  id: string
  amount: number | string
  provider_id: string
  data: { reference?: unknown; deadline?: unknown } | null
  created_at: string
  captured_at: string | null
  canceled_at: string | null
}

export type OrderPayments = {
  id: string
  status: string
  payment_collections?: { payments?: OrderPayment[] | null }[] | null
}

/**
 * The provider's own reading, plus "expired": the deadline has passed but the
 * order has not been canceled yet, so staff should not wait for the money.
 */
export type TransferStatus = BankTransferStatus | "expired"

export type BankTransfer = {
  reference: string | null
  amount: number
  deadline: string | null
  status: TransferStatus
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

/**
 * The order's latest bank-transfer payment, or null when the buyer paid some
 * other way. A payment staff captured is paid even if it came in late.
 */
export function bankTransferOf(
  order: OrderPayments,
  now = new Date(),
): BankTransfer | null {
  const payment = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((candidate) => candidate.provider_id === BANK_TRANSFER_PROVIDER_ID)
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
    .at(-1)
  if (!payment) {
    return null
  }
  const deadline = text(payment.data?.deadline)
  const status = bankTransferStatus(order.status, payment)
  const overdue = deadline !== null && new Date(deadline).getTime() < now.getTime()
  return {
    reference: text(payment.data?.reference),
    amount: Number(payment.amount),
    deadline,
    status: status === "awaiting_payment" && overdue ? "expired" : status,
  }
}

/*
 * Buyers are told their deadline in Western Indonesia Time, whatever the
 * zone of the staff member's browser.
 */
const jakartaTime = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Jakarta",
})

export function formatJakartaTime(value: string): string {
  return `${jakartaTime.format(new Date(value))} WIB`
}
