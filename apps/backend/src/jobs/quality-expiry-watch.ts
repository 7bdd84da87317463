import type { MedusaContainer } from "@medusajs/framework/types"
import { watchExpiryWorkflow } from "../workflows/quality/workflows/watch-expiry"

/** Every morning at 08:00 WIB (01:00 UTC), before the workshops' shops open. */
export default async function qualityExpiryWatch(container: MedusaContainer) {
  await watchExpiryWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "quality-expiry-watch", schedule: "0 1 * * *" }
