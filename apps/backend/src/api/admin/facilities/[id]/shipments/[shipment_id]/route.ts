import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithShipment } from "../respond-with-shipment"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await respondWithShipment(req, res)
}
