"use client"

import { useActionState } from "react"

import { type CartActionState, changeLineQuantity } from "@/lib/actions/cart"
import { cartText as text } from "@/modules/cart/text"

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
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(
    changeLineQuantity,
    { status: "idle" },
  )

  return (
    // Our own messages, in Indonesian, instead of the browser's validation bubbles.
    <form action={formAction} className={styles.form} aria-busy={pending} noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      <label className={styles.quantity}>
        <span>{text.quantity}</span>
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
          aria-label={`${text.quantity} ${title}`}
        />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? text.saving : text.update}
      </button>
      <button
        type="submit"
        name="intent"
        value="remove"
        className={styles.remove}
        disabled={pending}
        aria-label={`${text.remove} ${title}`}
      >
        {text.remove}
      </button>
      {state.status === "error" && (
        <p role="alert" className={styles.error}>
          {text.errors[state.error]}
        </p>
      )}
    </form>
  )
}
