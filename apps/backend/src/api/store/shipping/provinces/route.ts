import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVINCES } from "../../../../modules/shipping-rates/provinces"

/** The provinces the address form offers and the rate table prices. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ provinces: PROVINCES })
}
