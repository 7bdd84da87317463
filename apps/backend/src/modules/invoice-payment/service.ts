import {
  AbstractPaymentProvider,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
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

type InvoicePaymentData = {
  authorized_at?: string
  paid_at?: string
  canceled_at?: string
}

function dataOf(input: { data?: Record<string, unknown> }): InvoicePaymentData {
  return (input.data ?? {}) as InvoicePaymentData
}

/**
 * Payment by invoice for approved partner shops: the order is placed at once
 * and the invoice falls due after the shop's payment terms. Only partner
 * buyers may choose it (checked when the session is created and when the
 * cart completes); staff capture it when the money arrives.
 */
class InvoicePaymentProviderService extends AbstractPaymentProvider {
  static identifier = "invoice"

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return {
      id: `invoice_${Date.now().toString(36)}`,
      status: PaymentSessionStatus.PENDING,
      data: { session_id: input.data?.session_id },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: { ...dataOf(input), authorized_at: new Date().toISOString() },
    }
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
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // A credit note is settled by hand; Medusa keeps the refunded total.
    return { data: input.data }
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
        : data.authorized_at
          ? PaymentSessionStatus.AUTHORIZED
          : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default InvoicePaymentProviderService
