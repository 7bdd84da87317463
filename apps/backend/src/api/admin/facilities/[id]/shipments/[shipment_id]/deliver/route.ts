import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverFacilityShipmentWorkflow } from "../../../../../../../workflows/fulfilment/workflows/deliver-facility-shipment"
import { respondWithShipment } from "../../respond-with-shipment"

/** The buyer collected the goods at the facility, or the courier delivered them. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await deliverFacilityShipmentWorkflow(req.scope).run({
    input: { facility_id: req.params.id, shipment_id: req.params.shipment_id },
  })
  await respondWithShipment(req, res)
}
