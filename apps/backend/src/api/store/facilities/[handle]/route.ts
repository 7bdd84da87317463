import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_FACILITY_FIELDS } from "../query-config"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "facility",
      fields: PUBLIC_FACILITY_FIELDS,
      filters: { handle: req.params.handle },
    },
    { locale: req.locale },
  )
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Facility with handle "${req.params.handle}" was not found`,
    )
  }
  res.json({ facility: data[0] })
}
