import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import InvoicePaymentProviderService from "./service"

export const INVOICE_PAYMENT_PROVIDER_ID = "pp_invoice_partner"

export default ModuleProvider(Modules.PAYMENT, {
  services: [InvoicePaymentProviderService],
})
