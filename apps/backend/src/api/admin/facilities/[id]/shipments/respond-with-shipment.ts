import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveFacilityShipment } from "../../../../../lib/facility-shipments"

/** Answers a shipment route with the shipment as the queue now shows it. */
export async function respondWithShipment(req: MedusaRequest, res: MedusaResponse) {
  const { shipment } = await retrieveFacilityShipment(
    req.scope,
    req.params.id,
    req.params.shipment_id,
  )
  res.json({ shipment })
}
