"use client"

import { useTranslations } from "next-intl"
import { useRef, useState, useTransition } from "react"

import { placeOrder } from "@/lib/actions/checkout"

/** Runs before the order is placed; resolves to null, or to why the buyer must try again. */
export type ConfirmPayment = () => Promise<string | null>

/**
 * Places the order once however often the button is pressed: the ref stops a second
 * press before React has re-rendered the button as disabled.
 */
export function usePlaceOrder() {
  const t = useTranslations("checkout.placeOrder")
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)

  function place(confirmPayment?: ConfirmPayment) {
    if (running.current) {
      return
    }
    running.current = true
    setError(null)
    startTransition(async () => {
      try {
        const paymentError = confirmPayment ? await confirmPayment() : null
        if (paymentError !== null) {
          setError(paymentError)
          return
        }
        // On success the action redirects to the order page and nothing comes back.
        const result = await placeOrder()
        if (result?.error) {
          const reason = t(`errors.${result.error}`)
          // The backend's own reason, when it gave one, follows ours.
          setError(result.detail ? `${reason} ${result.detail}` : reason)
        }
      } finally {
        running.current = false
      }
    })
  }

  return { place, pending, error }
}
