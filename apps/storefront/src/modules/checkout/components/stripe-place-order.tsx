"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe, type StripeElementLocale } from "@stripe/stripe-js"
import { useLocale, useTranslations } from "next-intl"

import { getPathname } from "@/i18n/navigation"
import type { StripeSession } from "@/modules/checkout/components/place-order"
import type { ConfirmPayment } from "@/modules/checkout/components/use-place-order"

import styles from "./checkout-form.module.css"

// loadStripe must run once per key, not on every render.
const stripeByKey = new Map<string, Promise<Stripe | null>>()
function stripeFor(publishableKey: string) {
  if (!stripeByKey.has(publishableKey)) {
    stripeByKey.set(publishableKey, loadStripe(publishableKey))
  }
  return stripeByKey.get(publishableKey)!
}

type Props = {
  session: StripeSession
  place: (confirmPayment?: ConfirmPayment) => void
  pending: boolean
}

export default function StripePlaceOrder({ session, place, pending }: Props) {
  // Our locales are codes Stripe knows, so its form and its errors match the page.
  const locale = useLocale() as StripeElementLocale
  return (
    <Elements
      stripe={stripeFor(session.publishableKey)}
      options={{
        clientSecret: session.clientSecret,
        locale,
        appearance: { variables: { colorPrimary: "#b5562f", borderRadius: "10px" } },
      }}
    >
      <ConfirmAndPlace place={place} pending={pending} />
    </Elements>
  )
}

function ConfirmAndPlace({ place, pending }: Omit<Props, "session">) {
  const t = useTranslations("checkout.placeOrder")
  const locale = useLocale()
  const stripe = useStripe()
  const elements = useElements()
  const reviewPath = getPathname({
    href: { pathname: "/checkout", query: { langkah: "tinjau" } },
    locale,
  })

  const confirmPayment: ConfirmPayment = async () => {
    if (!stripe || !elements) {
      return t("stripeNotReady")
    }
    const { error } = await stripe.confirmPayment({
      elements,
      // Methods that must leave the site come back to the review step to finish.
      redirect: "if_required",
      confirmParams: {
        return_url: `${window.location.origin}${reviewPath}`,
      },
    })
    // A retry after the order itself failed finds the payment already confirmed.
    const alreadyConfirmed = ["succeeded", "requires_capture", "processing"].includes(
      error?.payment_intent?.status ?? "",
    )
    return error && !alreadyConfirmed ? (error.message ?? t("errors.stripe")) : null
  }

  return (
    <>
      <PaymentElement />
      <button
        type="button"
        className={styles.primary}
        onClick={() => place(confirmPayment)}
        disabled={!stripe || !elements || pending}
      >
        {pending ? t("placing") : t("submit")}
      </button>
    </>
  )
}
