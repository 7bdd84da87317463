import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { CACHE_TAGS, storeGet } from "@/lib/data/store-api"

type ProvinceList = { provinces: string[] }

/** Indonesia's provinces, spelled as the backend's shipping rates know them. */
export async function listProvinces(): Promise<string[]> {
  const { provinces } = await storeGet<ProvinceList>(
    "/store/shipping/provinces",
    {},
    CACHE_TAGS.provinces,
  )
  return provinces
}

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } =
    await storeGet<HttpTypes.StorePaymentProviderListResponse>(
      "/store/payment-providers",
      { region_id: regionId, limit: 50 },
      CACHE_TAGS.paymentProviders,
    )
  return payment_providers.map((provider) => provider.id)
}
