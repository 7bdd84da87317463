import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelExpiredBankTransfersWorkflow } from "../workflows/payments/cancel-expired-bank-transfers"

/** Every 15 minutes, so stock held by an unpaid order is back on sale soon after its deadline. */
export default async function cancelUnpaidBankTransfers(container: MedusaContainer) {
  await cancelExpiredBankTransfersWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "cancel-unpaid-bank-transfers", schedule: "*/15 * * * *" }
