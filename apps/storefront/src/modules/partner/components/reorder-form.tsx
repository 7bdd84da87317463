"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { reorder, type ReorderState } from "@/lib/actions/partner"

import styles from "./partner.module.css"
import { RowResultView } from "./row-result-view"

/**
 * Puts the order's lines into the cart again. When all of them went in the buyer lands
 * on the cart; otherwise the rows that did not are listed here.
 */
export function ReorderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("partner.reorder")
  const [state, action, pending] = useActionState<ReorderState, FormData>(reorder, {})
  return (
    <section aria-labelledby="pesan-lagi" className={styles.box}>
      <h2 id="pesan-lagi">{t("heading")}</h2>
      <p className={styles.muted}>{t("text")}</p>
      <form action={action} aria-busy={pending}>
        <input type="hidden" name="order_id" value={orderId} />
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      <div role="status" aria-live="polite" className={styles.result}>
        {state.error && (
          <p className={styles.warning}>
            {t(`errors.${state.error}`)}
            {state.detail ? ` ${state.detail}` : null}
          </p>
        )}
        {state.result && <RowResultView result={state.result} />}
      </div>
    </section>
  )
}
