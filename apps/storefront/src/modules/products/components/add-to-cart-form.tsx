"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"

import { Link } from "@/i18n/navigation"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import { formatRupiah } from "@/lib/money"

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

export function AddToCartForm({ variants }: { variants: VariantChoice[] }) {
  const t = useTranslations("products.product")
  const [variantId, setVariantId] = useState(
    () => (variants.find((variant) => variant.orderable) ?? variants[0])?.id,
  )
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(
    addToCart,
    { status: "idle" },
  )
  const selected = variants.find((variant) => variant.id === variantId) ?? variants[0]
  if (!selected) {
    return <p className={styles.price}>{t("priceUnavailable")}</p>
  }
  const canBuy = selected.orderable && selected.price !== null
  const stockLabel = !selected.orderable
    ? t("soldOut")
    : selected.available !== null && selected.available <= FEW_LEFT
      ? t("fewLeft", { count: selected.available })
      : t("inStock")

  return (
    <form action={formAction} className={styles.form} noValidate>
      <p className={styles.price}>
        {selected.price === null ? t("priceUnavailable") : formatRupiah(selected.price)}
      </p>

      {variants.length > 1 ? (
        <fieldset className={styles.variants}>
          <legend>{t("variant")}</legend>
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
              {!variant.orderable && <span className={styles.muted}>{t("soldOut")}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={selected.id} />
      )}

      <p className={canBuy ? styles.inStock : styles.soldOut}>{stockLabel}</p>

      <div className={styles.buy}>
        <label className={styles.quantity}>
          <span>{t("quantity")}</span>
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
          {!selected.orderable ? t("soldOut") : pending ? t("adding") : t("addToCart")}
        </button>
      </div>

      <p role="status" aria-live="polite" className={styles.feedback}>
        {state.status === "done" && (
          <>
            {t("added")} <Link href="/keranjang">{t("viewCart")}</Link>
          </>
        )}
        {state.status === "error" && (
          <span className={styles.error}>{t(`errors.${state.error}`)}</span>
        )}
      </p>
    </form>
  )
}
