export const BANK_TRANSFER_PROVIDER_ID = "pp_transfer_bank"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The providers a buyer may pick, in the order they are shown: bank transfer always,
 * Stripe only when both the region offers it and the storefront can load Stripe.
 */
export function offeredPaymentProviders(
  regionProviderIds: readonly string[],
  stripeConfigured: boolean,
): string[] {
  const wanted = [
    BANK_TRANSFER_PROVIDER_ID,
    ...(stripeConfigured ? [STRIPE_PROVIDER_ID] : []),
  ]
  return wanted.filter((id) => regionProviderIds.includes(id))
}
