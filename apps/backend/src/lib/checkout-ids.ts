/**
 * Ids that medusa-config, the seed, the routes and the tests must agree on.
 * Medusa derives provider ids from the provider's identifier and the id in
 * medusa-config: `pp_<identifier>_<id>` for payments, `<identifier>_<id>` for
 * fulfilment.
 */
export const BANK_TRANSFER_PROVIDER_ID = "pp_transfer_bank"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"
export const RATE_TABLE_FULFILLMENT_PROVIDER_ID = "rate-table_karya"

/** Shipping option type codes, the same at every facility. */
export const SHIPPING_OPTION_CODES = {
  courier: "reguler",
  freight: "kargo",
  pickup: "ambil-di-fasilitas",
} as const

/**
 * Each facility ships with two profiles: parcels by courier, and heavy
 * workshop goods by freight. Medusa asks for one shipping method per profile
 * in a cart, which is what splits a cart into shipments.
 */
export type ShippingProfileKind = "parcel" | "heavy"
