import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProvenanceRecordWorkflow } from "../../../../workflows/provenance/workflows/update-provenance-record"
import { retrieveOne } from "../../utils/retrieve-one"
import { ADMIN_WORKSHOP_FIELDS } from "../query-config"
import type { AdminUpdateWorkshopType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const workshop = await retrieveOne(
    req.scope,
    "workshop",
    "Workshop",
    req.params.id,
    ADMIN_WORKSHOP_FIELDS,
  )
  res.json({ workshop })
}

export async function POST(
  req: MedusaRequest<AdminUpdateWorkshopType>,
  res: MedusaResponse,
) {
  await updateProvenanceRecordWorkflow(req.scope).run({
    input: { entity: "workshop", id: req.params.id, data: req.validatedBody },
  })
  const workshop = await retrieveOne(
    req.scope,
    "workshop",
    "Workshop",
    req.params.id,
    ADMIN_WORKSHOP_FIELDS,
  )
  res.json({ workshop })
}
