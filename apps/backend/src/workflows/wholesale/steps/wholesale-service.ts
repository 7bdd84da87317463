import type { MedusaContainer } from "@medusajs/framework/types"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export function wholesaleService(container: MedusaContainer): WholesaleModuleService {
  return container.resolve(WHOLESALE_MODULE)
}
