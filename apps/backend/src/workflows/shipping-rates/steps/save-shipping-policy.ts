import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type { Policy } from "../../../modules/shipping-rates/quote"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"

type PolicyUndo = { created: string } | { id: string; before: Partial<Policy> }

/**
 * Writes the shop's one policy row: the first save creates it from the
 * defaults plus the given values, later saves change only the given values.
 * The compensation removes the created row or restores the old values.
 */
export const saveShippingPolicyStep = createStep(
  "save-shipping-policy",
  async (data: Partial<Policy>, { container }) => {
    const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
    const { id, ...current } = await rates.currentPolicy()
    if (!id) {
      const created = await rates.createShippingPolicies({ ...current, ...data })
      return new StepResponse(created.id, { created: created.id } as PolicyUndo)
    }
    await rates.updateShippingPolicies({ id, ...data })
    const fields = Object.keys(data) as (keyof Policy)[]
    const before = Object.fromEntries(fields.map((field) => [field, current[field]]))
    return new StepResponse(id, { id, before } as PolicyUndo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
    if ("created" in undo) {
      await rates.deleteShippingPolicies(undo.created)
    } else {
      await rates.updateShippingPolicies({ id: undo.id, ...undo.before })
    }
  },
)
