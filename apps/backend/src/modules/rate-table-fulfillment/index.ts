import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import RateTableFulfillmentService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [RateTableFulfillmentService],
})
