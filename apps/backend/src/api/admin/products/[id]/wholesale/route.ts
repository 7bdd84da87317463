import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { minimumsByProduct } from "../../../../../workflows/wholesale/steps/minimum-order-quantity-steps"
import { setMinimumOrderQuantityWorkflow } from "../../../../../workflows/wholesale/workflows/minimum-order-quantities"
import { retrieveOne } from "../../../utils/retrieve-one"
import type { AdminProductWholesaleType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await retrieveOne(req.scope, "product", "Product", req.params.id, ["id"])
  const minimums = await minimumsByProduct(req.scope, [req.params.id])
  res.json({ minimum_order_quantity: minimums.get(req.params.id) ?? null })
}

export async function POST(
  req: MedusaRequest<AdminProductWholesaleType>,
  res: MedusaResponse,
) {
  const { result } = await setMinimumOrderQuantityWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      quantity: req.validatedBody.minimum_order_quantity,
    },
  })
  res.json({ minimum_order_quantity: result })
}
