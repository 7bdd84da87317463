import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../lib/checkout-ids"
import type { BankTransferData } from "../../../modules/bank-transfer/types"

type AwaitingPayment = {
  data: Partial<BankTransferData> | null
  captured_at: string | null
  canceled_at: string | null
  payment_collection?: { order?: { id: string; status: string } | null } | null
}

/** Bank-transfer payments that are authorized and still wait for the money. */
async function awaitingBankTransfers(
  container: MedusaContainer,
): Promise<AwaitingPayment[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: [
      "id",
      "data",
      "captured_at",
      "canceled_at",
      "payment_collection.order.id",
      "payment_collection.order.status",
    ],
    filters: {
      provider_id: BANK_TRANSFER_PROVIDER_ID,
      captured_at: null,
      canceled_at: null,
    },
  })
  return data as AwaitingPayment[]
}

/** An order's bank-transfer payment, if it is still only authorized. */
export async function awaitingBankTransferOf(
  container: MedusaContainer,
  orderId: string,
): Promise<AwaitingPayment | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as
    | {
        payment_collections?: {
          payments?: (AwaitingPayment & { provider_id: string })[]
        }[]
      }
    | undefined
  return (order?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .find(
      (payment) =>
        payment.provider_id === BANK_TRANSFER_PROVIDER_ID &&
        !payment.captured_at &&
        !payment.canceled_at,
    )
}

export function isPastDeadline(payment: AwaitingPayment, at: Date): boolean {
  const deadline = payment.data?.deadline
  return Boolean(deadline) && new Date(deadline!).getTime() <= at.getTime()
}

/** Orders still waiting for a bank transfer whose payment window closed before `now`. */
export const findExpiredBankTransfersStep = createStep(
  "find-expired-bank-transfers",
  async ({ now }: { now?: Date | string }, { container }) => {
    const at = now ? new Date(now) : new Date()
    const payments = await awaitingBankTransfers(container)
    const orderIds = payments
      .filter(
        (payment) =>
          payment.payment_collection?.order &&
          payment.payment_collection.order.status !== "canceled" &&
          isPastDeadline(payment, at),
      )
      .map((payment) => payment.payment_collection!.order!.id)
    return new StepResponse({ order_ids: [...new Set(orderIds)], at: at.toISOString() })
  },
)
