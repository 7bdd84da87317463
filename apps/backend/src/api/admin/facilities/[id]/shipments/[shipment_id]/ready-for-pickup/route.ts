import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readyShipmentForPickupWorkflow } from "../../../../../../../workflows/fulfilment/workflows/ready-shipment-for-pickup"
import { respondWithShipment } from "../../respond-with-shipment"

/** Packed at the facility's counter; the buyer is told to come and collect it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await readyShipmentForPickupWorkflow(req.scope).run({
    input: {
      facility_id: req.params.id,
      shipment_id: req.params.shipment_id,
      packed_by: req.auth_context.actor_id,
    },
  })
  await respondWithShipment(req, res)
}
