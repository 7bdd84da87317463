import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_SHOP_FIELDS } from "../../../lib/partner-shops"
import { retrieveOne } from "../utils/retrieve-one"

export const ADMIN_PARTNER_SHOP_FIELDS = [
  ...PARTNER_SHOP_FIELDS,
  "customers.id",
  "customers.email",
  "customers.first_name",
  "customers.last_name",
]

type ShopRow = Record<string, unknown> & { customers?: unknown[] | null }

/** A partner shop as staff see it: its buyers are listed as `buyers`. */
export function partnerShopView({ customers, ...shop }: ShopRow) {
  return { ...shop, buyers: customers ?? [] }
}

export async function retrievePartnerShopView(scope: MedusaContainer, id: string) {
  const shop = await retrieveOne(
    scope,
    "partner_shop",
    "Partner shop",
    id,
    ADMIN_PARTNER_SHOP_FIELDS,
  )
  return partnerShopView(shop as ShopRow)
}
