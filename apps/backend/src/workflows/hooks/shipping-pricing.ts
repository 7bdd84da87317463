import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  RATE_TABLE_CONTEXT_KEY,
  type RateTableContext,
} from "../../modules/rate-table-fulfillment/service"
import { SHIPPING_RATES_MODULE } from "../../modules/shipping-rates"
import { canonicalProvince } from "../../modules/shipping-rates/provinces"
import type ShippingRatesModuleService from "../../modules/shipping-rates/service"

/**
 * Loads what the rate-table provider needs to price a cart: the policy and
 * the rates from every origin province to the cart's destination (a few
 * dozen rows at most), once per pricing run.
 */
async function rateTableContext(
  container: MedusaContainer,
  cartId: string,
): Promise<RateTableContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rates: ShippingRatesModuleService = container.resolve(SHIPPING_RATES_MODULE)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["shipping_address.province"],
    filters: { id: cartId },
  })
  const destination = canonicalProvince(
    (data[0] as { shipping_address?: { province?: string | null } } | undefined)
      ?.shipping_address?.province,
  )
  const rows = destination
    ? await rates.listShippingRates({ destination_province: destination })
    : []
  return {
    policy: await rates.currentPolicy(),
    destination_province: destination ?? null,
    rates_by_origin: Object.fromEntries(rows.map((row) => [row.origin_province, row])),
  }
}

// Listing the options of a cart with their prices (the storefront's shipping step).
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(
  async ({ input }, { container }) =>
    new StepResponse({
      [RATE_TABLE_CONTEXT_KEY]: await rateTableContext(container, input.cart_id),
    }),
)

// Pricing chosen methods again (adding one, or refreshing after the cart changed).
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(
  async ({ input }, { container }) =>
    new StepResponse({
      [RATE_TABLE_CONTEXT_KEY]: await rateTableContext(container, input.cart_id),
    }),
)
