"use client"

import dynamic from "next/dynamic"

import { usePlaceOrder } from "@/modules/checkout/components/use-place-order"
import { checkoutText } from "@/modules/checkout/text"

import styles from "./checkout-form.module.css"

const text = checkoutText.review

// Stripe's scripts load only for buyers who chose Stripe.
const StripePlaceOrder = dynamic(
  () => import("@/modules/checkout/components/stripe-place-order"),
  { ssr: false, loading: () => <p className={styles.hint}>{checkoutText.saving}</p> },
)

export type StripeSession = { publishableKey: string; clientSecret: string }

export function PlaceOrder({ stripe }: { stripe: StripeSession | null }) {
  const { place, pending, error } = usePlaceOrder()

  return (
    <div className={styles.form}>
      {stripe ? (
        <StripePlaceOrder session={stripe} place={place} pending={pending} />
      ) : (
        <button
          type="button"
          className={styles.primary}
          onClick={() => place()}
          disabled={pending}
        >
          {pending ? text.placing : text.placeOrder}
        </button>
      )}
      <p className={styles.hint}>{text.agreement}</p>
      {error && (
        <p role="alert" className={styles.alert}>
          {error}
        </p>
      )}
    </div>
  )
}
