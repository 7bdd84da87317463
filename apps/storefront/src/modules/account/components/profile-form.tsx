"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type AccountFormState, updateProfile } from "@/lib/actions/account"

import styles from "@/modules/common/components/form.module.css"
import { FormFeedback, useFocusOnProblem } from "./form-feedback"
import { TextField } from "./text-field"

export function ProfileForm({ fullName, phone }: { fullName: string; phone: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<AccountFormState, FormData>(
    updateProfile,
    { values: { full_name: fullName, phone }, errors: {} },
  )
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
      {/* Present before it fills, so screen readers announce the change. */}
      <div role="status">
        {state.saved && <p className={styles.success}>{t("overview.profileSaved")}</p>}
      </div>
      <div className={styles.grid}>
        <TextField
          name="full_name"
          label={t("fields.full_name")}
          value={state.values?.full_name}
          error={error("full_name")}
          autoComplete="name"
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
      </div>
      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("saving") : t("overview.profileSubmit")}
      </button>
    </form>
  )
}
