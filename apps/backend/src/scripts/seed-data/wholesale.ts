/**
 * The demo wholesale channel: the partner customer group and its price list
 * with quantity tiers, minimum order quantities, the workshops' stated weekly
 * capacities (for quote lead times), one approved partner shop and one
 * application waiting for review.
 */
export const PARTNER_GROUP_NAME = "Mitra Grosir"
export const PARTNER_PRICE_LIST_TITLE = "Harga Mitra Grosir"

export type TierSeed = { min_quantity: number; max_quantity?: number; amount: number }

/** Partner prices by SKU, in rupiah including PPN; tiers never overlap. */
export const PARTNER_TIERS: Record<string, TierSeed[]> = {
  "KRP-APL-100": [
    { min_quantity: 12, max_quantity: 47, amount: 21000 },
    { min_quantity: 48, amount: 19000 },
  ],
  "KRP-PSG-MNS-250": [
    { min_quantity: 12, max_quantity: 47, amount: 17000 },
    { min_quantity: 48, amount: 15500 },
  ],
  "KOP-RBS-250": [
    { min_quantity: 6, max_quantity: 23, amount: 52000 },
    { min_quantity: 24, amount: 48000 },
  ],
  "TTK-JTI-6": [
    { min_quantity: 1, max_quantity: 19, amount: 60000 },
    { min_quantity: 20, amount: 54000 },
  ],
  "TAS-PDN-S": [
    { min_quantity: 1, max_quantity: 9, amount: 80000 },
    { min_quantity: 10, amount: 72000 },
  ],
}

/** The fewest units a partner may order, by product handle. */
export const MINIMUM_ORDER_QUANTITIES: Record<string, number> = {
  "keripik-apel": 12,
  "keripik-pisang-manis": 12,
  "kopi-bubuk-robusta-bengkulu": 6,
}

/** Units a week each workshop says it can make. */
export const WEEKLY_CAPACITIES: Record<string, number> = {
  "dapur-olahan-bengkulu": 300,
  "anyaman-bengkulu": 40,
  "bengkel-kayu-bengkulu": 6,
  "ukir-jepara": 4,
  "kriya-kayu-jepara": 25,
  "dapur-jepara": 250,
  "batik-rajut-malang": 30,
  "dapur-kue-malang": 200,
}

export const DEMO_PARTNER_SHOP = {
  business_name: "Toko Oleh-Oleh Nusantara",
  npwp: "012345678901000",
  contact_name: "Pengelola Toko Oleh-Oleh Nusantara",
  phone: "0274 512 345",
  address_1: "Jl. Malioboro No. 52",
  city: "Yogyakarta",
  province: "DI Yogyakarta",
  postal_code: "55213",
  country_code: "id",
  expected_monthly_volume: 400,
  payment_terms_days: 30,
}

export const DEMO_PENDING_APPLICATION = {
  business_name: "Koperasi Kafe Kopi Pesisir",
  npwp: "3171012345678902",
  contact_name: "Pengurus Koperasi Kafe Kopi Pesisir",
  email: "kafe.pesisir@example.com",
  phone: "0812 3456 7890",
  address_1: "Jl. Pantai Panjang No. 8",
  city: "Bengkulu",
  province: "Bengkulu",
  postal_code: "38119",
  country_code: "id",
  expected_monthly_volume: 120,
  notes: "Kami ingin menjual kopi robusta dan camilan di kafe kami.",
}
