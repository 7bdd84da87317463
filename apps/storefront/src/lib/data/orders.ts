import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { isStoreError, storeRequest } from "@/lib/data/store-api"

export type BankTransfer = {
  bank_name: string
  account_number: string
  account_holder: string
  amount: number
  currency_code: string
  reference: string
  deadline: string | null
  status: "awaiting_payment" | "paid" | "canceled"
}

/** The cart id leads to the order's shipments as the buyer chose them. */
export type StoreOrderWithCart = HttpTypes.StoreOrder & { cart?: { id: string } | null }

/** Order ids are unguessable, so holding the id is what lets a guest see their order. */
export async function retrieveOrder(orderId: string): Promise<StoreOrderWithCart | null> {
  try {
    const { order } = await storeRequest<{ order: StoreOrderWithCart }>(
      `/store/orders/${encodeURIComponent(orderId)}`,
      { query: { fields: "+cart.id" } },
    )
    return order
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    throw error
  }
}

/** What to transfer where; null for orders paid another way. */
export async function retrieveBankTransfer(
  orderId: string,
): Promise<BankTransfer | null> {
  try {
    const { bank_transfer } = await storeRequest<{ bank_transfer: BankTransfer }>(
      `/store/orders/${encodeURIComponent(orderId)}/bank-transfer`,
    )
    return bank_transfer
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    throw error
  }
}
