import "server-only"

import { getLocale } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { type PartnerShop, retrievePartnerStatus } from "@/lib/data/partner"
import { requireCustomer } from "@/modules/account/require-customer"

/**
 * The active partner shop the logged-in customer buys for. Anyone else goes to the partner
 * overview, which says why (no shop yet, an application under review, a suspended shop).
 */
export async function requirePartnerShop(returnTo: string): Promise<PartnerShop> {
  await requireCustomer(returnTo)
  const { partner_shop: shop } = await retrievePartnerStatus()
  if (shop?.status !== "active") {
    return redirect({ href: "/akun/mitra", locale: await getLocale() })
  }
  return shop
}
