import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"

import { redirect } from "@/i18n/navigation"
import { stripePublishableKey } from "@/lib/config"
import { listShippingGroups, retrieveCart } from "@/lib/data/cart"
import { listPaymentProviderIds, listProvinces } from "@/lib/data/checkout-options"
import { retrievePartnerBuyerShop } from "@/lib/data/partner-documents"
import {
  checkoutProgress,
  chosenPaymentSession,
  currentCheckoutStep,
  hasContactAndAddress,
  parseCheckoutStep,
} from "@/lib/util/checkout-progress"
import { offeredPaymentProviders, STRIPE_PROVIDER_ID } from "@/lib/util/payment-providers"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return {
    title: t("title"),
    robots: { index: false },
  }
}

/** Lists that only fill in a form: without them the step still works, less conveniently. */
async function orEmpty(read: () => Promise<string[]>, what: string): Promise<string[]> {
  try {
    return await read()
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[storefront] loading ${what} for the checkout failed:`, error)
    return []
  }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) {
    return redirect({ href: "/keranjang", locale })
  }

  const [provinces, shipping, regionProviderIds, partnerShop] = await Promise.all([
    orEmpty(listProvinces, "provinces"),
    hasContactAndAddress(cart) ? listShippingGroups(cart.id) : null,
    orEmpty(() => listPaymentProviderIds(cart.region_id!), "payment providers"),
    retrievePartnerBuyerShop(),
  ])
  const providerIds = offeredPaymentProviders(regionProviderIds, {
    stripeConfigured: Boolean(stripePublishableKey),
    partnerBuyer: partnerShop !== null,
  })
  const progress = checkoutProgress(cart, shipping?.groups ?? null, providerIds)
  const session = chosenPaymentSession(cart, providerIds)
  const clientSecret = session?.data?.client_secret

  return (
    <CheckoutTemplate
      cart={cart}
      step={currentCheckoutStep(parseCheckoutStep(query.langkah), progress)}
      progress={progress}
      provinces={provinces}
      shipping={shipping}
      providerIds={providerIds}
      chosenProviderId={session?.provider_id ?? null}
      paymentTermsDays={partnerShop?.payment_terms_days ?? null}
      stripe={
        session?.provider_id === STRIPE_PROVIDER_ID && typeof clientSecret === "string"
          ? { publishableKey: stripePublishableKey, clientSecret }
          : null
      }
      // Stripe appends this when a payment page sends the buyer back.
      stripeConfirmed={query.redirect_status === "succeeded"}
    />
  )
}
