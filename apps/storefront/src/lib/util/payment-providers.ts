export const BANK_TRANSFER_PROVIDER_ID = "pp_transfer_bank"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const PARTNER_INVOICE_PROVIDER_ID = "pp_invoice_partner"

/**
 * The providers a buyer may pick, in the order they are shown: pay by invoice first for
 * buyers of an active partner shop (the backend refuses it to anyone else), then bank
 * transfer always, and Stripe only when both the region offers it and the storefront
 * can load Stripe.
 */
export function offeredPaymentProviders(
  regionProviderIds: readonly string[],
  {
    stripeConfigured,
    partnerBuyer,
  }: { stripeConfigured: boolean; partnerBuyer: boolean },
): string[] {
  const wanted = [
    ...(partnerBuyer ? [PARTNER_INVOICE_PROVIDER_ID] : []),
    BANK_TRANSFER_PROVIDER_ID,
    ...(stripeConfigured ? [STRIPE_PROVIDER_ID] : []),
  ]
  return wanted.filter((id) => regionProviderIds.includes(id))
}
