import { MedusaService } from "@medusajs/framework/utils"
import { Invoice } from "./models/invoice"
import { MinimumOrderQuantity } from "./models/minimum-order-quantity"
import { PartnerApplication } from "./models/partner-application"
import { PartnerShop } from "./models/partner-shop"
import { Quote } from "./models/quote"
import { QuoteItem } from "./models/quote-item"
import { QuoteMessage } from "./models/quote-message"

export default class WholesaleModuleService extends MedusaService({
  PartnerApplication,
  PartnerShop,
  MinimumOrderQuantity,
  Quote,
  QuoteItem,
  QuoteMessage,
  Invoice,
}) {}
