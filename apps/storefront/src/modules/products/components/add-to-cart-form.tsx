"use client"

import Link from "next/link"
import { useActionState, useState } from "react"

import { addToCart, type CartActionState } from "@/lib/actions/cart"
import { formatRupiah } from "@/lib/money"
import { productText as text } from "@/modules/products/text"

import styles from "./add-to-cart-form.module.css"

export type VariantChoice = {
  id: string
  title: string
  price: number | null
  /** Units in stock, or null when stock does not limit the order. */
  available: number | null
  orderable: boolean
}

const MAX_QUANTITY = 99
// Below this many units the buyer is told how many are left.
const FEW_LEFT = 5

function stockLabel(variant: VariantChoice): string {
  if (!variant.orderable) {
    return text.soldOut
  }
  if (variant.available !== null && variant.available <= FEW_LEFT) {
    return text.fewLeft(variant.available)
  }
  return text.inStock
}

export function AddToCartForm({ variants }: { variants: VariantChoice[] }) {
  const [variantId, setVariantId] = useState(
    () => (variants.find((variant) => variant.orderable) ?? variants[0])?.id,
  )
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(
    addToCart,
    { status: "idle" },
  )
  const selected = variants.find((variant) => variant.id === variantId) ?? variants[0]
  if (!selected) {
    return <p className={styles.price}>{text.priceUnavailable}</p>
  }
  const canBuy = selected.orderable && selected.price !== null

  return (
    <form action={formAction} className={styles.form} noValidate>
      <p className={styles.price}>
        {selected.price === null ? text.priceUnavailable : formatRupiah(selected.price)}
      </p>

      {variants.length > 1 ? (
        <fieldset className={styles.variants}>
          <legend>{text.variant}</legend>
          {variants.map((variant) => (
            <label key={variant.id} className={styles.variant}>
              <input
                type="radio"
                name="variant_id"
                value={variant.id}
                checked={variant.id === selected.id}
                onChange={() => setVariantId(variant.id)}
              />
              <span>{variant.title}</span>
              {!variant.orderable && <span className={styles.muted}>{text.soldOut}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={selected.id} />
      )}

      <p className={canBuy ? styles.inStock : styles.soldOut}>{stockLabel(selected)}</p>

      <div className={styles.buy}>
        <label className={styles.quantity}>
          <span>{text.quantity}</span>
          <input
            type="number"
            name="quantity"
            min={1}
            max={Math.min(MAX_QUANTITY, selected.available ?? MAX_QUANTITY)}
            defaultValue={1}
            inputMode="numeric"
            required
            disabled={!canBuy}
          />
        </label>
        <button type="submit" className={styles.submit} disabled={!canBuy || pending}>
          {!selected.orderable ? text.soldOut : pending ? text.adding : text.addToCart}
        </button>
      </div>

      <p role="status" aria-live="polite" className={styles.feedback}>
        {state.status === "done" && (
          <>
            {text.added} <Link href="/keranjang">{text.viewCart}</Link>
          </>
        )}
        {state.status === "error" && (
          <span className={styles.error}>{text.errors[state.error]}</span>
        )}
      </p>
    </form>
  )
}
