"use client"

import { useTranslations } from "next-intl"
import { type MouseEvent, useActionState, useEffect, useRef, useState } from "react"

import { quickOrder, type QuickOrderState } from "@/lib/actions/partner"
import {
  padRows,
  QUICK_ORDER_MAX_ROWS,
  type QuickOrderRow,
} from "@/modules/partner/util/quick-order"
import { refusalText, type RefusedRow } from "@/modules/partner/util/row-result"

import styles from "./partner.module.css"
import { RowResultView } from "./row-result-view"

const BLANK: QuickOrderRow = { sku: "", quantity: "" }

function refusalsByRow(errors: readonly RefusedRow[] = []): Map<number, RefusedRow[]> {
  const byRow = new Map<number, RefusedRow[]>()
  for (const error of errors) {
    byRow.set(error.row, [...(byRow.get(error.row) ?? []), error])
  }
  return byRow
}

/**
 * The quick order table: a SKU and a quantity per row. "Add row" adds one in the browser;
 * without JavaScript it submits and the answer comes back with the extra row.
 */
export function QuickOrderForm() {
  const t = useTranslations("partner.quickOrder")
  const tResult = useTranslations("partner.rowResult")
  const [state, action, pending] = useActionState<QuickOrderState, FormData>(quickOrder, {
    rows: padRows([]),
    round: 0,
  })
  const [extraRows, setExtraRows] = useState(0)
  const [answered, setAnswered] = useState(state)
  if (answered !== state) {
    // Each answer brings its own rows; rows added before it are part of them.
    setAnswered(state)
    setExtraRows(0)
  }
  const rows = [...state.rows, ...Array.from({ length: extraRows }, () => BLANK)]
  const canAddRow = rows.length < QUICK_ORDER_MAX_ROWS
  const refusals = refusalsByRow(state.result?.errors)

  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const focusNewRow = useRef(false)
  useEffect(() => {
    if (focusNewRow.current) {
      focusNewRow.current = false
      bodyRef.current
        ?.querySelector<HTMLInputElement>("tr:last-child input[name='sku']")
        ?.focus()
    }
  }, [rows.length])

  const addRow = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault()
    focusNewRow.current = true
    setExtraRows((count) => count + 1)
  }

  const cellProps = (row: number, field: RefusedRow["field"]) => {
    const refused = refusals.get(row)?.some((error) => error.field === field)
    return {
      "aria-invalid": refused ? true : undefined,
      "aria-describedby": refused ? `pesan-cepat-${row}-${field}-error` : undefined,
    }
  }
  const rowErrors = (row: number, field: RefusedRow["field"]) => {
    const messages = (refusals.get(row) ?? []).filter((error) => error.field === field)
    return messages.length > 0 ? (
      <p id={`pesan-cepat-${row}-${field}-error`} className={styles.rowError}>
        {messages.map((error) => refusalText(tResult, error)).join(" ")}
      </p>
    ) : null
  }

  return (
    <form action={action} className={styles.form} aria-busy={pending}>
      <div className={styles.tableWrap}>
        <table className={`${styles.table} ${styles.cells}`}>
          <caption className={styles.visuallyHidden}>{t("tableHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.row")}</th>
              <th scope="col">{t("columns.sku")}</th>
              <th scope="col">{t("columns.quantity")}</th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row, index) => {
              const number = index + 1
              const skuId = `pesan-cepat-${number}-sku`
              const quantityId = `pesan-cepat-${number}-quantity`
              return (
                <tr key={`${state.round}-${index}`}>
                  <th scope="row">{number}</th>
                  <td>
                    <label htmlFor={skuId} className={styles.visuallyHidden}>
                      {t("skuLabel", { row: number })}
                    </label>
                    <input
                      id={skuId}
                      name="sku"
                      defaultValue={row.sku}
                      autoComplete="off"
                      autoCapitalize="characters"
                      spellCheck={false}
                      maxLength={100}
                      {...cellProps(number, "sku")}
                    />
                    {rowErrors(number, "sku")}
                  </td>
                  <td>
                    <label htmlFor={quantityId} className={styles.visuallyHidden}>
                      {t("quantityLabel", { row: number })}
                    </label>
                    <input
                      id={quantityId}
                      name="quantity"
                      type="number"
                      min={1}
                      inputMode="numeric"
                      defaultValue={row.quantity}
                      className={styles.quantity}
                      {...cellProps(number, "quantity")}
                    />
                    {rowErrors(number, "quantity")}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {/* The order button comes first: Enter in a field sends the order, not a new row. */}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
        <button
          type="submit"
          name="intent"
          value="add-row"
          formNoValidate
          className={styles.secondary}
          disabled={!canAddRow || pending}
          onClick={addRow}
        >
          {t("addRow")}
        </button>
      </div>
      <div role="status" aria-live="polite" className={styles.result}>
        {state.error && (
          <p className={styles.warning}>
            {t(`errors.${state.error}`)}
            {state.detail ? ` ${state.detail}` : null}
          </p>
        )}
        {state.result && <RowResultView result={state.result} note={t("fixHint")} />}
      </div>
    </form>
  )
}
