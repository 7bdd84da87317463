export type BankTransferOptions = {
  bank_name: string
  account_number: string
  account_holder: string
  /** How long a placed order waits for the transfer before it is canceled. */
  payment_window_hours: number
}

/** What the provider keeps in a payment session's and payment's `data`. */
export type BankTransferData = {
  /** Medusa's payment session, which its webhook handling looks up. */
  session_id?: string
  reference: string
  bank_name: string
  account_number: string
  account_holder: string
  amount: number
  currency_code: string
  /** ISO timestamps, set as the payment moves on. */
  awaiting_since?: string
  deadline?: string
  paid_at?: string
  canceled_at?: string
  refunded_amount?: number
}

export const BANK_TRANSFER_STATUSES = ["awaiting_payment", "paid", "canceled"] as const
export type BankTransferStatus = (typeof BANK_TRANSFER_STATUSES)[number]
