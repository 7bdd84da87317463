"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type AccountFormState, register } from "@/lib/actions/account"
import { RETURN_PARAM } from "@/modules/account/util/return-path"

import styles from "@/modules/common/components/form.module.css"
import { FormFeedback, useFocusOnProblem } from "./form-feedback"
import { TextField } from "./text-field"

export function RegisterForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<AccountFormState, FormData>(register, {
    errors: {},
  })
  const formRef = useFocusOnProblem(state)
  const error = (field: string) =>
    state.errors[field] ? t(`errors.${state.errors[field]}`) : undefined

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className={styles.form}
      aria-busy={pending}
    >
      <FormFeedback state={state} />
      <input type="hidden" name={RETURN_PARAM} value={returnTo} />
      <TextField
        name="full_name"
        label={t("fields.full_name")}
        value={state.values?.full_name}
        error={error("full_name")}
        autoComplete="name"
      />
      <TextField
        name="email"
        type="email"
        label={t("fields.email")}
        value={state.values?.email}
        error={error("email")}
        autoComplete="email"
        inputMode="email"
      />
      <TextField
        name="phone"
        type="tel"
        label={t("fields.phone")}
        value={state.values?.phone}
        error={error("phone")}
        hint={t("hints.optionalPhone")}
        autoComplete="tel"
        inputMode="tel"
        required={false}
      />
      <TextField
        name="password"
        type="password"
        label={t("fields.password")}
        error={error("password")}
        hint={t("hints.newPassword")}
        autoComplete="new-password"
      />
      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("register.submitting") : t("register.submit")}
      </button>
    </form>
  )
}
