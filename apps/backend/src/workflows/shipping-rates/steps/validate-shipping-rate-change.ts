import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPPING_RATES_MODULE } from "../../../modules/shipping-rates"
import type ShippingRatesModuleService from "../../../modules/shipping-rates/service"
import type { ShippingRateChange } from "./update-shipping-rate"

/**
 * The row must exist, and its delivery window must stay a window: a change to
 * one end is held against the stored other end.
 */
export const validateShippingRateChangeStep = createStep(
  "validate-shipping-rate-change",
  async ({ id, data }: ShippingRateChange, { container }) => {
    const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
    const [rate] = await rates.listShippingRates(
      { id },
      { select: ["id", "eta_min_days", "eta_max_days"] },
    )
    if (!rate) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Shipping rate with id "${id}" was not found`,
      )
    }
    const min = data.eta_min_days ?? rate.eta_min_days
    const max = data.eta_max_days ?? rate.eta_max_days
    if (min > max) {
      // Blame the field that was sent, so staff know which input to fix.
      const message =
        data.eta_min_days === undefined
          ? `eta_max_days: must not be less than eta_min_days (${min})`
          : `eta_min_days: must not be more than eta_max_days (${max})`
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
    }
    return new StepResponse(undefined)
  },
)
