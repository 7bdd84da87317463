"use client"

import { useTranslations } from "next-intl"
import { useActionState, useRef, useState } from "react"

import { type QuoteRequestState, requestQuote } from "@/lib/actions/partner-documents"
import { useFocusOnProblem } from "@/modules/account/components/form-feedback"
import formStyles from "@/modules/common/components/form.module.css"
import {
  MAX_QUOTE_ROWS,
  type QuoteRowError,
  type QuoteRowValues,
} from "@/modules/partner-documents/util/quote-form"

import styles from "./quote-forms.module.css"

const EMPTY_ROW: QuoteRowValues = { sku: "", quantity: "", note: "" }

const INITIAL_STATE: QuoteRequestState = {
  values: { rows: [EMPTY_ROW, EMPTY_ROW, EMPTY_ROW], notes: "" },
  rows: [],
}

type Row = { key: number; values: QuoteRowValues; errors: QuoteRowError }

type Shown = { state: QuoteRequestState; rows: Row[]; nextKey: number }

/** The rows an answer of the action brings back: what was typed, with its errors. */
function shownFor(state: QuoteRequestState, firstKey: number): Shown {
  const values = state.values.rows.length > 0 ? state.values.rows : [EMPTY_ROW]
  const rows = values.map((row, index) => ({
    key: firstKey + index,
    values: row,
    errors: state.rows[index] ?? {},
  }))
  return { state, rows, nextKey: firstKey + rows.length }
}

/**
 * A quote request: rows of SKU, quantity and note. Rows can be added and removed; after a
 * round trip the rows come back as sent (blank ones dropped), each with its own errors.
 */
export function QuoteRequestForm() {
  const t = useTranslations("quotes.form")
  const [state, action, pending] = useActionState(requestQuote, INITIAL_STATE)
  const [shown, setShown] = useState(() => shownFor(INITIAL_STATE, 0))
  // New keys remount the rows, so their fields show the values sent back, not the old ones.
  if (shown.state !== state) {
    setShown(shownFor(state, shown.nextKey))
  }
  const formRef = useFocusOnProblem(state)
  const focusRowKey = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const { rows } = shown
  const hasRowErrors = rows.some((row) => Object.keys(row.errors).length > 0)

  function addRow() {
    focusRowKey.current = shown.nextKey
    setShown((current) => ({
      ...current,
      rows: [...current.rows, { key: current.nextKey, values: EMPTY_ROW, errors: {} }],
      nextKey: current.nextKey + 1,
    }))
  }

  function removeRow(key: number) {
    setShown((current) => ({
      ...current,
      rows: current.rows.filter((row) => row.key !== key),
    }))
    addButton.current?.focus()
  }

  function focusIfNew(key: number) {
    return (input: HTMLInputElement | null) => {
      if (input && focusRowKey.current === key) {
        focusRowKey.current = null
        input.focus()
      }
    }
  }

  const message = (code: string) => t(`errors.${code}`, { max: MAX_QUOTE_ROWS })

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className={formStyles.form}
      aria-busy={pending}
    >
      {hasRowErrors && (
        <p role="alert" className={formStyles.alert}>
          {t("errorSummary")}
        </p>
      )}
      {state.error && (
        <p role="alert" className={formStyles.alert} tabIndex={-1} data-form-alert>
          {message(state.error)}
          {state.detail && ` ${state.detail}`}
        </p>
      )}
      <p id="quote-sku-hint" className={formStyles.hint}>
        {t("request.skuHint")}
      </p>
      <ol className={styles.rows}>
        {rows.map((row, index) => {
          const position = index + 1
          const id = `quote-row-${row.key}`
          const skuError = row.errors.sku && message(row.errors.sku)
          const quantityError = row.errors.quantity && message(row.errors.quantity)
          return (
            <li key={row.key}>
              <fieldset className={`${formStyles.fieldset} ${styles.row}`}>
                <legend>{t("request.rowLegend", { position })}</legend>
                <div className={styles.rowFields}>
                  <div className={formStyles.field}>
                    <label htmlFor={`${id}-sku`}>{t("request.sku")}</label>
                    <input
                      ref={focusIfNew(row.key)}
                      id={`${id}-sku`}
                      name="sku"
                      defaultValue={row.values.sku}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={100}
                      aria-invalid={skuError ? true : undefined}
                      aria-describedby={
                        skuError ? `${id}-sku-error quote-sku-hint` : "quote-sku-hint"
                      }
                    />
                    {skuError && (
                      <p id={`${id}-sku-error`} className={formStyles.error}>
                        {skuError}
                      </p>
                    )}
                  </div>
                  <div className={formStyles.field}>
                    <label htmlFor={`${id}-quantity`}>{t("request.quantity")}</label>
                    <input
                      id={`${id}-quantity`}
                      name="quantity"
                      defaultValue={row.values.quantity}
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={9}
                      aria-invalid={quantityError ? true : undefined}
                      aria-describedby={
                        quantityError ? `${id}-quantity-error` : undefined
                      }
                    />
                    {quantityError && (
                      <p id={`${id}-quantity-error`} className={formStyles.error}>
                        {quantityError}
                      </p>
                    )}
                  </div>
                  <div className={formStyles.field}>
                    <label htmlFor={`${id}-note`}>{t("request.note")}</label>
                    <input
                      id={`${id}-note`}
                      name="note"
                      defaultValue={row.values.note}
                      autoComplete="off"
                    />
                  </div>
                </div>
                {rows.length > 1 && (
                  <button
                    type="button"
                    className={styles.remove}
                    onClick={() => removeRow(row.key)}
                  >
                    {t("request.removeRow", { position })}
                  </button>
                )}
              </fieldset>
            </li>
          )
        })}
      </ol>
      {rows.length < MAX_QUOTE_ROWS ? (
        <button
          ref={addButton}
          type="button"
          className={styles.secondary}
          onClick={addRow}
        >
          {t("request.addRow")}
        </button>
      ) : (
        <p className={formStyles.hint}>{t("request.maxRows", { max: MAX_QUOTE_ROWS })}</p>
      )}
      <div className={formStyles.field}>
        <label htmlFor="quote-notes">{t("request.notes")}</label>
        <textarea
          id="quote-notes"
          name="notes"
          className={styles.textarea}
          defaultValue={state.values.notes}
          aria-describedby="quote-notes-hint"
        />
        <p id="quote-notes-hint" className={formStyles.hint}>
          {t("request.notesHint")}
        </p>
      </div>
      <button type="submit" className={formStyles.primary} disabled={pending}>
        {pending ? t("request.submitting") : t("request.submit")}
      </button>
    </form>
  )
}
