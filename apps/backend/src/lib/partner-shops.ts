import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The fields of a partner shop its own buyers and staff see. */
export const PARTNER_SHOP_FIELDS = [
  "id",
  "business_name",
  "npwp",
  "contact_name",
  "email",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "payment_terms_days",
  "status",
  "created_at",
  "customer_group.id",
  "customer_group.name",
]

export type PartnerShopRecord = {
  id: string
  business_name: string
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  payment_terms_days: number
  status: "active" | "suspended"
  created_at: Date | string
  customer_group: { id: string; name: string } | null
}

/** The partner shop a customer buys for, or null when it buys for none. */
export async function partnerShopOfCustomer(
  scope: MedusaContainer,
  customerId: string | null | undefined,
): Promise<PartnerShopRecord | null> {
  if (!customerId) {
    return null
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: PARTNER_SHOP_FIELDS.map((field) => `partner_shop.${field}`),
    filters: { id: customerId },
  })
  const shop = (data[0] as { partner_shop?: PartnerShopRecord | null } | undefined)
    ?.partner_shop
  return shop ?? null
}

/** The active partner shop of a customer, or a 403 that says why there is none. */
export async function requireActivePartnerShop(
  scope: MedusaContainer,
  customerId: string | null | undefined,
): Promise<PartnerShopRecord> {
  const shop = await partnerShopOfCustomer(scope, customerId)
  if (!shop) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This account is not a buyer of a partner shop: apply for a wholesale account first",
    )
  }
  if (shop.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This partner shop's wholesale account is suspended",
    )
  }
  return shop
}
