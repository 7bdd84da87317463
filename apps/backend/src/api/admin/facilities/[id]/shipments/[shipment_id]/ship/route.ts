import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipFacilityShipmentWorkflow } from "../../../../../../../workflows/fulfilment/workflows/ship-facility-shipment"
import type { AdminShipShipmentType } from "../../validators"
import { respondWithShipment } from "../../respond-with-shipment"

/** Hands the parcel to the courier with its tracking number; the buyer is told. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminShipShipmentType>,
  res: MedusaResponse,
) {
  await shipFacilityShipmentWorkflow(req.scope).run({
    input: {
      facility_id: req.params.id,
      shipment_id: req.params.shipment_id,
      ...req.validatedBody,
      shipped_by: req.auth_context.actor_id,
    },
  })
  await respondWithShipment(req, res)
}
