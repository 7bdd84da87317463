import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { newTransferReference } from "./reference"
import type { BankTransferData, BankTransferOptions } from "./types"

const HOUR = 60 * 60 * 1000
const TEXT_OPTIONS = ["bank_name", "account_number", "account_holder"] as const

function toNumber(amount: BigNumberInput): number {
  return new BigNumber(amount).numeric
}

function dataOf(input: { data?: Record<string, unknown> }): BankTransferData {
  return (input.data ?? {}) as BankTransferData
}

/**
 * Payment by transfer to the workshops' cooperative account. The order is
 * placed at once and waits for the money: authorization opens the payment
 * window, staff capture the payment when the transfer shows on the statement,
 * and an unpaid order is canceled once its deadline passes.
 */
class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "transfer"

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of TEXT_OPTIONS) {
      const value = options[key]
      if (typeof value !== "string" || !value.trim()) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Bank transfer option "${key}" is required and must be a non-empty string`,
        )
      }
    }
    const hours = options.payment_window_hours
    if (typeof hours !== "number" || !Number.isFinite(hours) || hours <= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Bank transfer option "payment_window_hours" must be a positive number of hours, got ${JSON.stringify(hours)}`,
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = newTransferReference()
    const data: BankTransferData = {
      session_id: input.data?.session_id as string | undefined,
      reference,
      bank_name: this.config.bank_name,
      account_number: this.config.account_number,
      account_holder: this.config.account_holder,
      amount: toNumber(input.amount),
      currency_code: input.currency_code,
    }
    return { id: reference, status: PaymentSessionStatus.PENDING, data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // The reference stays: the buyer may already have written it down.
    return {
      data: {
        ...dataOf(input),
        amount: toNumber(input.amount),
        currency_code: input.currency_code,
      },
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    // Medusa merges the shopper's own session `data` into what it passes here, so
    // only the provider's fields are kept and the window is always stamped anew.
    const data = dataOf(input)
    const now = new Date()
    const deadline = new Date(now.getTime() + this.config.payment_window_hours * HOUR)
    const authorized: BankTransferData = {
      session_id: data.session_id,
      reference: data.reference,
      bank_name: data.bank_name,
      account_number: data.account_number,
      account_holder: data.account_holder,
      amount: data.amount,
      currency_code: data.currency_code,
      awaiting_since: now.toISOString(),
      deadline: deadline.toISOString(),
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data: authorized }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = dataOf(input)
    return { data: { ...data, paid_at: data.paid_at ?? new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = dataOf(input)
    return {
      data: { ...data, canceled_at: data.canceled_at ?? new Date().toISOString() },
    }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // Nothing was reserved outside Medusa, so there is nothing to release.
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // Staff send refunds by hand; the running total tells them what is owed back.
    const data = dataOf(input)
    return {
      data: {
        ...data,
        refunded_amount: (data.refunded_amount ?? 0) + toNumber(input.amount),
      },
    }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = dataOf(input)
    const status = data.canceled_at
      ? PaymentSessionStatus.CANCELED
      : data.paid_at
        ? PaymentSessionStatus.CAPTURED
        : data.deadline
          ? PaymentSessionStatus.AUTHORIZED
          : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // A bank sends no webhooks; staff confirm receipt with the capture action.
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default BankTransferProviderService
