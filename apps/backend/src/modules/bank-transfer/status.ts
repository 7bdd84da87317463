import type { BankTransferStatus } from "./types"

type PaymentState = {
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
}

/** Where a bank-transfer order stands, as the buyer needs to know it. */
export function bankTransferStatus(
  orderStatus: string,
  payment: PaymentState,
): BankTransferStatus {
  if (orderStatus === "canceled" || payment.canceled_at) {
    return "canceled"
  }
  return payment.captured_at ? "paid" : "awaiting_payment"
}
