"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"

import type { AccountFormState } from "@/lib/actions/account"

import styles from "@/modules/common/components/form.module.css"

/**
 * After a round trip with problems, focus goes to the first field to fix, or to the
 * message when no single field is at fault, so keyboard and screen reader users land
 * where the form needs them.
 */
export function useFocusOnProblem(state: { error?: string }) {
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    const form = formRef.current
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      (state.error ? form?.querySelector<HTMLElement>("[data-form-alert]") : null)
    target?.focus()
  }, [state])
  return formRef
}

/** The form's announcements: what to fix, or why it did not go through. */
export function FormFeedback({
  state,
  errorMessage,
}: {
  state: AccountFormState
  errorMessage?: string
}) {
  const t = useTranslations("account")
  const hasFieldErrors = Object.keys(state.errors).length > 0
  return (
    <>
      {hasFieldErrors && (
        <p role="alert" className={styles.alert}>
          {t("errorSummary")}
        </p>
      )}
      {state.error && (
        <p role="alert" className={styles.alert} tabIndex={-1} data-form-alert>
          {errorMessage ?? t(`formErrors.${state.error}`)}
        </p>
      )}
    </>
  )
}
