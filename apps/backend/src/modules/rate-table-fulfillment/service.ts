import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { canonicalProvince } from "../shipping-rates/provinces"
import {
  quoteShipment,
  type Policy,
  type RateRow,
  type ShipmentItem,
  type ShippingService,
} from "../shipping-rates/quote"

/**
 * What the checkout workflows hand the provider through their pricing-context
 * hook (src/workflows/hooks/shipping-pricing.ts): the shop's policy and the
 * rates from every origin province to the buyer's province. A provider cannot
 * reach other modules itself, so the rate table travels in the context.
 */
export type RateTableContext = {
  policy: Policy
  destination_province: string | null
  rates_by_origin: Record<string, RateRow>
}

export const RATE_TABLE_CONTEXT_KEY = "rate_table"

const SERVICES: ShippingService[] = ["courier", "freight"]

type PricedItem = {
  quantity: unknown
  unit_price: unknown
  variant?: { weight?: number | null } | null
  product?: { weight?: number | null } | null
}

function toShipmentItem(item: PricedItem): ShipmentItem {
  return {
    quantity: Number(item.quantity),
    unit_price: Number(item.unit_price),
    weight: item.variant?.weight ?? item.product?.weight ?? null,
  }
}

function serviceOf(optionData: Record<string, unknown>): ShippingService {
  const service = optionData.service ?? optionData.id
  if (!SERVICES.includes(service as ShippingService)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Shipping option data.service must be one of ${SERVICES.join(", ")}`,
    )
  }
  return service as ShippingService
}

/**
 * Weight-based courier parcels and freight for heavy goods, priced from the
 * staff-edited rate table by the province of the facility that holds the
 * stock and the buyer's province. Handing parcels to a courier stays a staff
 * task, so fulfilments carry no external data.
 */
class RateTableFulfillmentService extends AbstractFulfillmentProviderService {
  static identifier = "rate-table"

  async getFulfillmentOptions() {
    return SERVICES.map((service) => ({ id: service, service }))
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    serviceOf(data)
    return true
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    optionData: Record<string, unknown>,
    _data: Record<string, unknown>,
    context: CalculateShippingOptionPriceContext,
  ): Promise<CalculatedShippingOptionPrice> {
    const tables = (context as Record<string, unknown>)[RATE_TABLE_CONTEXT_KEY] as
      | RateTableContext
      | undefined
    if (!tables) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The rate table was not passed to the shipping price calculation",
      )
    }
    const destination = canonicalProvince(
      context.shipping_address?.province ?? tables.destination_province,
    )
    if (!destination) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "shipping_address.province must name an Indonesian province to price courier or freight shipping",
      )
    }
    const origin = canonicalProvince(
      (context.from_location as { address?: { province?: string | null } } | undefined)
        ?.address?.province,
    )
    const rate = origin ? tables.rates_by_origin[origin] : undefined
    if (!rate) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No shipping rate from ${origin ?? "this facility"} to ${destination}`,
      )
    }
    const items = ((context.items ?? []) as PricedItem[]).map(toShipmentItem)
    const quote = quoteShipment(serviceOf(optionData), rate, tables.policy, items)
    return {
      calculated_amount: quote.amount,
      // Rates are kept as buyers see them: PPN included.
      is_calculated_price_tax_inclusive: true,
    }
  }

  async createFulfillment() {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment() {
    return {}
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}

export default RateTableFulfillmentService
