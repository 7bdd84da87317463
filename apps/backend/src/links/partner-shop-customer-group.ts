import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WholesaleModule from "../modules/wholesale"

/** The customer group whose price lists give a partner shop its prices. */
export default defineLink(
  { linkable: WholesaleModule.linkable.partnerShop, isList: true },
  CustomerModule.linkable.customerGroup,
)
