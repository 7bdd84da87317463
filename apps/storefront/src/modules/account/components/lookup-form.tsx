"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type AccountFormState, lookUpGuestOrder } from "@/lib/actions/account"

import styles from "@/modules/common/components/form.module.css"
import { FormFeedback, useFocusOnProblem } from "./form-feedback"
import { TextField } from "./text-field"

/** A guest's way back to their order: the e-mail they ordered with and its number. */
export function LookupForm() {
  const t = useTranslations("orderLookup")
  const tAccount = useTranslations("account")
  const [state, action, pending] = useActionState<AccountFormState, FormData>(
    lookUpGuestOrder,
    { errors: {} },
  )
  const formRef = useFocusOnProblem(state)
  const error = (field: string) =>
    state.errors[field] ? tAccount(`errors.${state.errors[field]}`) : undefined

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className={styles.form}
      aria-busy={pending}
    >
      <FormFeedback
        state={state}
        errorMessage={state.error === "not-found" ? t("notFound") : undefined}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        value={state.values?.email}
        error={error("email")}
        autoComplete="email"
        inputMode="email"
      />
      <TextField
        name="order_number"
        label={t("orderNumber")}
        value={state.values?.order_number}
        error={error("order_number")}
        hint={t("orderNumberHint")}
        autoComplete="off"
        maxLength={12}
      />
      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
