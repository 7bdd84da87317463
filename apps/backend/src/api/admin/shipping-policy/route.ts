import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"
import { saveShippingPolicyWorkflow } from "../../../workflows/shipping-rates/workflows/save-shipping-policy"
import type { AdminSaveShippingPolicyType } from "./validators"

/** The policy in force; `id` is null while the defaults apply. */
async function currentPolicy(req: MedusaRequest) {
  const rates: ShippingRatesModuleService = req.scope.resolve(SHIPPING_RATES_MODULE)
  const { id = null, ...policy } = await rates.currentPolicy()
  return { id, ...policy }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ shipping_policy: await currentPolicy(req) })
}

export async function POST(
  req: MedusaRequest<AdminSaveShippingPolicyType>,
  res: MedusaResponse,
) {
  await saveShippingPolicyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ shipping_policy: await currentPolicy(req) })
}
