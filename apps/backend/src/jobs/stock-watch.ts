import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyStockWatchWorkflow } from "../workflows/stock-watch/workflows/notify-stock-watch"

/** Every morning at 07:00 WIB (00:00 UTC), so staff start the day knowing what to restock or sell first. */
export default async function stockWatch(container: MedusaContainer) {
  await notifyStockWatchWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "stock-watch", schedule: "0 0 * * *" }
