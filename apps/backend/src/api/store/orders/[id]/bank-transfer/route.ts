import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bankTransferStatus } from "../../../../../modules/bank-transfer/status"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../../../lib/checkout-ids"
import type { BankTransferData } from "../../../../../modules/bank-transfer/types"

type OrderPayments = {
  id: string
  status: string
  total: number
  currency_code: string
  payment_collections?:
    | {
        payments?:
          | {
              provider_id: string
              data: BankTransferData | null
              captured_at: string | null
              canceled_at: string | null
            }[]
          | null
      }[]
    | null
}

/**
 * What a buyer needs to pay an order by bank transfer: the account, the exact
 * amount, the reference for the transfer note and the deadline. Order ids are
 * unguessable, as for Medusa's own GET /store/orders/:id; nothing personal is
 * returned.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "currency_code",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as OrderPayments | undefined
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id "${req.params.id}" was not found`,
    )
  }
  const payment = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .find((candidate) => candidate.provider_id === BANK_TRANSFER_PROVIDER_ID)
  if (!payment?.data) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id "${req.params.id}" is not paid by bank transfer`,
    )
  }
  const transfer = payment.data
  res.json({
    bank_transfer: {
      bank_name: transfer.bank_name,
      account_number: transfer.account_number,
      account_holder: transfer.account_holder,
      amount: Math.round(Number(order.total)),
      currency_code: order.currency_code,
      reference: transfer.reference,
      deadline: transfer.deadline ?? null,
      status: bankTransferStatus(order.status, payment),
    },
  })
}
