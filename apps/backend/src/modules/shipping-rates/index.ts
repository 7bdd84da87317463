import { Module } from "@medusajs/framework/utils"
import ShippingRatesModuleService from "./service"

export const SHIPPING_RATES_MODULE = "shipping_rates"

export default Module(SHIPPING_RATES_MODULE, {
  service: ShippingRatesModuleService,
})
