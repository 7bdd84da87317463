import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProvenanceRecordWorkflow } from "../../../../workflows/provenance/workflows/update-provenance-record"
import { retrieveOne } from "../../utils/retrieve-one"
import { ADMIN_FACILITY_FIELDS } from "../query-config"
import type { AdminUpdateFacilityType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const facility = await retrieveOne(
    req.scope,
    "facility",
    "Facility",
    req.params.id,
    ADMIN_FACILITY_FIELDS,
  )
  res.json({ facility })
}

export async function POST(
  req: MedusaRequest<AdminUpdateFacilityType>,
  res: MedusaResponse,
) {
  await updateProvenanceRecordWorkflow(req.scope).run({
    input: { entity: "facility", id: req.params.id, data: req.validatedBody },
  })
  const facility = await retrieveOne(
    req.scope,
    "facility",
    "Facility",
    req.params.id,
    ADMIN_FACILITY_FIELDS,
  )
  res.json({ facility })
}
