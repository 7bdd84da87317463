import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWorkshopProductsWorkflow } from "../../../../../workflows/provenance/workflows/update-workshop-products"
import { retrieveOne } from "../../../utils/retrieve-one"
import type { AdminWorkshopProductsType } from "../../validators"

/** Changes which products the workshop makes; answers with the workshop's products. */
export async function POST(
  req: MedusaRequest<AdminWorkshopProductsType>,
  res: MedusaResponse,
) {
  await updateWorkshopProductsWorkflow(req.scope).run({
    input: { workshop_id: req.params.id, ...req.validatedBody },
  })
  const workshop = await retrieveOne(req.scope, "workshop", "Workshop", req.params.id, [
    "id",
    "products.id",
    "products.title",
  ])
  res.json({ workshop })
}
