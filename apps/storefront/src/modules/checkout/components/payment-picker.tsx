"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type ChoiceActionState, choosePaymentProvider } from "@/lib/actions/checkout"

import styles from "./checkout-form.module.css"

export function PaymentPicker({
  providerIds,
  chosenId,
  termsDays,
}: {
  providerIds: string[]
  chosenId: string | null
  /** Fills in pay by invoice's description. */
  termsDays: number | null
}) {
  const t = useTranslations("checkout")
  const [state, formAction, pending] = useActionState<ChoiceActionState, FormData>(
    choosePaymentProvider,
    {},
  )
  const checkedId = chosenId ?? providerIds[0]

  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      <fieldset className={styles.options}>
        <legend className={styles.visuallyHidden}>{t("steps.pembayaran")}</legend>
        {providerIds.map((id) => {
          // A provider we have no words for still shows, under its id.
          const known = t.has(`payment.providers.${id}.name`)
          return (
            <label key={id} className={styles.option}>
              <input
                type="radio"
                name="provider_id"
                value={id}
                defaultChecked={id === checkedId}
                required
              />
              <span className={styles.optionName}>
                {known ? t(`payment.providers.${id}.name`) : id}
              </span>
              <span />
              {known && (
                <p className={styles.optionDetail}>
                  {t(`payment.providers.${id}.description`, { days: termsDays ?? 0 })}
                </p>
              )}
            </label>
          )
        })}
      </fieldset>
      {state.error && (
        <p role="alert" className={styles.error}>
          {t(`payment.errors.${state.error}`)}
        </p>
      )}
      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("saving") : t("payment.submit")}
      </button>
    </form>
  )
}
