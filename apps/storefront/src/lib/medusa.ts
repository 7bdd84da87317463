import Medusa from "@medusajs/js-sdk"

import { backendUrl, publishableKey } from "@/lib/config"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey: publishableKey || undefined,
})
