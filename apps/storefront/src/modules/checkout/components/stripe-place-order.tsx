"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"

import type { StripeSession } from "@/modules/checkout/components/place-order"
import type { ConfirmPayment } from "@/modules/checkout/components/use-place-order"
import { checkoutText } from "@/modules/checkout/text"

import styles from "./checkout-form.module.css"

const text = checkoutText.review

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
  return (
    <Elements
      stripe={stripeFor(session.publishableKey)}
      options={{
        clientSecret: session.clientSecret,
        locale: "id",
        appearance: { variables: { colorPrimary: "#b5562f", borderRadius: "10px" } },
      }}
    >
      <ConfirmAndPlace place={place} pending={pending} />
    </Elements>
  )
}

function ConfirmAndPlace({ place, pending }: Omit<Props, "session">) {
  const stripe = useStripe()
  const elements = useElements()

  const confirmPayment: ConfirmPayment = async () => {
    if (!stripe || !elements) {
      return text.stripeNotReady
    }
    const { error } = await stripe.confirmPayment({
      elements,
      // Methods that must leave the site come back to the review step to finish.
      redirect: "if_required",
      confirmParams: {
        return_url: `${window.location.origin}/checkout?langkah=tinjau`,
      },
    })
    // A retry after the order itself failed finds the payment already confirmed.
    const alreadyConfirmed = ["succeeded", "requires_capture", "processing"].includes(
      error?.payment_intent?.status ?? "",
    )
    return error && !alreadyConfirmed ? (error.message ?? text.errors.stripe) : null
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
        {pending ? text.placing : text.placeOrder}
      </button>
    </>
  )
}
