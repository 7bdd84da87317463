import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateShippingRateWorkflow } from "../../../../workflows/shipping-rates/workflows/update-shipping-rate"
import { retrieveOne } from "../../utils/retrieve-one"
import { ADMIN_SHIPPING_RATE_FIELDS } from "../query-config"
import type { AdminUpdateShippingRateType } from "../validators"

const retrieveRate = (req: MedusaRequest) =>
  retrieveOne(
    req.scope,
    "shipping_rate",
    "Shipping rate",
    req.params.id,
    ADMIN_SHIPPING_RATE_FIELDS,
  )

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ shipping_rate: await retrieveRate(req) })
}

/** Prices and delivery days change; the province pair is what the row is. */
export async function POST(
  req: MedusaRequest<AdminUpdateShippingRateType>,
  res: MedusaResponse,
) {
  await updateShippingRateWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ shipping_rate: await retrieveRate(req) })
}
