"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type CartActionState, changeLineQuantity } from "@/lib/actions/cart"

import styles from "./line-quantity-form.module.css"

export function LineQuantityForm({
  lineId,
  quantity,
  title,
}: {
  lineId: string
  quantity: number
  title: string
}) {
  const t = useTranslations("cart.quantityForm")
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(
    changeLineQuantity,
    { status: "idle" },
  )

  return (
    // Our own messages, in the page's language, instead of the browser's validation bubbles.
    <form action={formAction} className={styles.form} aria-busy={pending} noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      <label className={styles.quantity}>
        <span>{t("quantity")}</span>
        <input
          // A new server quantity replaces what was typed.
          key={quantity}
          type="number"
          name="quantity"
          min={0}
          max={99}
          defaultValue={quantity}
          inputMode="numeric"
          required
          aria-label={`${t("quantity")} ${title}`}
        />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("update")}
      </button>
      <button
        type="submit"
        name="intent"
        value="remove"
        className={styles.remove}
        disabled={pending}
        aria-label={t("removeItem", { title })}
      >
        {t("remove")}
      </button>
      {state.status === "error" && (
        <p role="alert" className={styles.error}>
          {t(`errors.${state.error}`)}
        </p>
      )}
    </form>
  )
}
