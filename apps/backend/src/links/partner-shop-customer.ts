import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WholesaleModule from "../modules/wholesale"

/** A partner shop's buyer accounts; a customer buys for at most one shop. */
export default defineLink(WholesaleModule.linkable.partnerShop, {
  linkable: CustomerModule.linkable.customer,
  isList: true,
})
