import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFacilityShipments } from "../../../../../lib/facility-shipments"
import type { AdminListShipmentsParamsType } from "./validators"

/** The facility's shipments: open work (to pack, to hand over), shipped, or done. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as AdminListShipmentsParamsType
  const { shipments, count } = await listFacilityShipments(
    req.scope,
    req.params.id,
    params,
  )
  res.json({ shipments, count, limit: params.limit, offset: params.offset })
}
