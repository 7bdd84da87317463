"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import {
  acceptQuote,
  type QuoteDecisionState,
  rejectQuote,
} from "@/lib/actions/partner-documents"
import { useFocusOnProblem } from "@/modules/account/components/form-feedback"
import formStyles from "@/modules/common/components/form.module.css"

import styles from "./quote-forms.module.css"

function DecisionError({ state }: { state: QuoteDecisionState }) {
  const t = useTranslations("quotes.form")
  return state.error ? (
    <p role="alert" className={formStyles.alert} tabIndex={-1} data-form-alert>
      {t(`errors.${state.error}`)}
      {state.detail && ` ${state.detail}`}
    </p>
  ) : null
}

/**
 * Accepting or rejecting an answered quote. Accepting places the order, so the button
 * says so beside it; rejecting may carry a reason for the workshop.
 */
export function QuoteDecision({ quoteId }: { quoteId: string }) {
  const t = useTranslations("quotes.form.decision")
  const [accepted, accept, accepting] = useActionState<QuoteDecisionState, FormData>(
    acceptQuote,
    {},
  )
  const [rejected, reject, rejecting] = useActionState<QuoteDecisionState, FormData>(
    rejectQuote,
    {},
  )
  const acceptRef = useFocusOnProblem(accepted)
  const rejectRef = useFocusOnProblem(rejected)
  const busy = accepting || rejecting

  return (
    <div className={styles.decisions}>
      <form
        ref={acceptRef}
        action={accept}
        className={formStyles.form}
        aria-busy={accepting}
      >
        <DecisionError state={accepted} />
        <input type="hidden" name="quote_id" value={quoteId} />
        <p id="quote-accept-hint" className={formStyles.hint}>
          {t("acceptHint")}
        </p>
        <button
          type="submit"
          className={formStyles.primary}
          disabled={busy}
          aria-describedby="quote-accept-hint"
        >
          {accepting ? t("accepting") : t("accept")}
        </button>
      </form>
      <form
        ref={rejectRef}
        action={reject}
        className={formStyles.form}
        aria-busy={rejecting}
      >
        <DecisionError state={rejected} />
        <input type="hidden" name="quote_id" value={quoteId} />
        <div className={formStyles.field}>
          <label htmlFor="quote-reject-reason">{t("reason")}</label>
          <textarea
            id="quote-reject-reason"
            name="reason"
            className={styles.textarea}
            defaultValue={rejected.reason}
          />
        </div>
        <button type="submit" className={styles.secondary} disabled={busy}>
          {rejecting ? t("rejecting") : t("reject")}
        </button>
      </form>
    </div>
  )
}
