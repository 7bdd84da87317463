"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type CsvOrderState, uploadQuickOrderCsv } from "@/lib/actions/partner"

import formStyles from "@/modules/common/components/form.module.css"
import styles from "./partner.module.css"
import { RowResultView } from "./row-result-view"

/** A CSV of SKUs and quantities, read on the server and put into the cart row by row. */
export function CsvOrderForm() {
  const t = useTranslations("partner.quickOrder")
  const [state, action, pending] = useActionState<CsvOrderState, FormData>(
    uploadQuickOrderCsv,
    {},
  )
  const fileError = state.error === "no-file" || state.error === "file-too-large"
  const described = ["csv-file-hint", fileError && "csv-file-error"].filter(Boolean)

  return (
    <form action={action} className={styles.form} aria-busy={pending}>
      <div className={formStyles.field}>
        <label htmlFor="csv-file">{t("csvFile")}</label>
        <input
          id="csv-file"
          name="csv"
          type="file"
          accept=".csv,text/csv,text/plain"
          required
          className={styles.file}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={described.join(" ")}
        />
        <p id="csv-file-hint" className={formStyles.hint}>
          {t("csvHint")}
        </p>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("csvSubmitting") : t("csvSubmit")}
        </button>
      </div>
      <div role="status" aria-live="polite" className={styles.result}>
        {state.error && (
          <p id={fileError ? "csv-file-error" : undefined} className={styles.warning}>
            {t(`errors.${state.error}`)}
            {state.detail ? ` ${state.detail}` : null}
          </p>
        )}
        {state.result && (
          <>
            {state.fileName && (
              <p className={styles.muted}>{t("csvFileName", { name: state.fileName })}</p>
            )}
            <RowResultView result={state.result} />
          </>
        )}
      </div>
    </form>
  )
}
