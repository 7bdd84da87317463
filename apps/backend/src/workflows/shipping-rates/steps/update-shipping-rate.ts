import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type { RateRow } from "../../../modules/shipping-rates/quote"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"

export type ShippingRateChange = { id: string; data: Partial<RateRow> }

/** Changes the prices or delivery window of one row; the compensation writes back the old values. */
export const updateShippingRateStep = createStep(
  "update-shipping-rate",
  async ({ id, data }: ShippingRateChange, { container }) => {
    const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
    const fields = Object.keys(data) as (keyof RateRow)[]
    const [previous] = await rates.listShippingRates(
      { id },
      { select: ["id", ...fields] },
    )
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Shipping rate with id "${id}" was not found`,
      )
    }
    const updated = await rates.updateShippingRates({ id, ...data })
    const before = Object.fromEntries(fields.map((field) => [field, previous[field]]))
    return new StepResponse(updated, { id, before })
  },
  async (undo, { container }) => {
    if (undo) {
      const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
      await rates.updateShippingRates({ id: undo.id, ...undo.before })
    }
  },
)
