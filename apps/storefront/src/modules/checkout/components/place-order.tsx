"use client"

import { useTranslations } from "next-intl"
import dynamic from "next/dynamic"

import { usePlaceOrder } from "@/modules/checkout/components/use-place-order"

import styles from "./checkout-form.module.css"

// Stripe's scripts load only for buyers who chose Stripe.
const StripePlaceOrder = dynamic(
  () => import("@/modules/checkout/components/stripe-place-order"),
  { ssr: false, loading: () => <StripeLoading /> },
)

function StripeLoading() {
  const t = useTranslations("checkout")
  return <p className={styles.hint}>{t("saving")}</p>
}

export type StripeSession = { publishableKey: string; clientSecret: string }

export function PlaceOrder({ stripe }: { stripe: StripeSession | null }) {
  const t = useTranslations("checkout.placeOrder")
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
          {pending ? t("placing") : t("submit")}
        </button>
      )}
      <p className={styles.hint}>{t("agreement")}</p>
      {error && (
        <p role="alert" className={styles.alert}>
          {error}
        </p>
      )}
    </div>
  )
}
