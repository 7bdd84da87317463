"use client"

import { useActionState } from "react"

import { type ChoiceActionState, choosePaymentProvider } from "@/lib/actions/checkout"
import { checkoutText } from "@/modules/checkout/text"

import styles from "./checkout-form.module.css"

const text = checkoutText.payment

export function PaymentPicker({
  providerIds,
  chosenId,
}: {
  providerIds: string[]
  chosenId: string | null
}) {
  const [state, formAction, pending] = useActionState<ChoiceActionState, FormData>(
    choosePaymentProvider,
    {},
  )
  const checkedId = chosenId ?? providerIds[0]

  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      <fieldset className={styles.options}>
        <legend className={styles.visuallyHidden}>{checkoutText.steps.pembayaran}</legend>
        {providerIds.map((id) => (
          <label key={id} className={styles.option}>
            <input
              type="radio"
              name="provider_id"
              value={id}
              defaultChecked={id === checkedId}
              required
            />
            <span className={styles.optionName}>{text.providers[id]?.name ?? id}</span>
            <span />
            {text.providers[id] && (
              <p className={styles.optionDetail}>{text.providers[id].description}</p>
            )}
          </label>
        ))}
      </fieldset>
      {state.error && (
        <p role="alert" className={styles.error}>
          {text.errors[state.error]}
        </p>
      )}
      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? checkoutText.saving : text.submit}
      </button>
    </form>
  )
}
