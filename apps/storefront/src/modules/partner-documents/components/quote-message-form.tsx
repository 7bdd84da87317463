"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type QuoteMessageState, sendQuoteMessage } from "@/lib/actions/partner-documents"
import { useFocusOnProblem } from "@/modules/account/components/form-feedback"
import formStyles from "@/modules/common/components/form.module.css"

import styles from "./quote-forms.module.css"

/** A message to the staff answering the quote; the thread above shows it once sent. */
export function QuoteMessageForm({ quoteId }: { quoteId: string }) {
  const t = useTranslations("quotes.form")
  const [state, action, pending] = useActionState<QuoteMessageState, FormData>(
    sendQuoteMessage,
    { body: "" },
  )
  const formRef = useFocusOnProblem(state)
  const bodyError = state.bodyError && t(`errors.${state.bodyError}`)

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className={formStyles.form}
      aria-busy={pending}
    >
      {state.error && (
        <p role="alert" className={formStyles.alert} tabIndex={-1} data-form-alert>
          {t(`errors.${state.error}`)}
          {state.detail && ` ${state.detail}`}
        </p>
      )}
      <div role="status">
        {state.sent && <p className={formStyles.success}>{t("message.sent")}</p>}
      </div>
      <input type="hidden" name="quote_id" value={quoteId} />
      <div className={formStyles.field}>
        <label htmlFor="quote-message">{t("message.label")}</label>
        <textarea
          id="quote-message"
          name="body"
          className={styles.textarea}
          defaultValue={state.body}
          required
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? "quote-message-error" : undefined}
        />
        {bodyError && (
          <p id="quote-message-error" className={formStyles.error}>
            {bodyError}
          </p>
        )}
      </div>
      <button type="submit" className={formStyles.primary} disabled={pending}>
        {pending ? t("message.submitting") : t("message.submit")}
      </button>
    </form>
  )
}
