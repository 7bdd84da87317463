import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { displayTotals } from "@/lib/util/cart-summary"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItemRow } from "@/modules/cart/components/line-item-row"
import { LineQuantityForm } from "@/modules/cart/components/line-quantity-form"
import { cartText as text } from "@/modules/cart/text"

import styles from "./cart-template.module.css"

export function CartTemplate({ cart }: { cart: HttpTypes.StoreCart | null }) {
  const items = cart?.items ?? []
  if (!cart || items.length === 0) {
    return (
      <div className={styles.cart}>
        <h1>{text.title}</h1>
        <div className={styles.empty}>
          <p>{text.empty}</p>
          <Link href="/produk" className={styles.primary}>
            {text.startShopping}
          </Link>
        </div>
      </div>
    )
  }

  // Sorted by when they were added, so lines keep their place after a change.
  const lines = [...items].sort((a, b) =>
    String(a.created_at ?? a.id).localeCompare(String(b.created_at ?? b.id)),
  )

  return (
    <div className={styles.cart}>
      <h1>{text.title}</h1>
      <div className={styles.layout}>
        <section aria-labelledby="isi-keranjang">
          <h2 id="isi-keranjang" className={styles.visuallyHidden}>
            {text.itemsHeading}
          </h2>
          <ul className={styles.lines}>
            {lines.map((item) => (
              <LineItemRow
                key={item.id}
                item={item}
                controls={
                  <LineQuantityForm
                    lineId={item.id}
                    quantity={item.quantity}
                    title={item.product_title ?? item.title}
                  />
                }
              />
            ))}
          </ul>
          <Link href="/produk" className={styles.back}>
            {text.continueShopping}
          </Link>
        </section>
        <aside className={styles.summary} aria-labelledby="ringkasan-keranjang">
          <h2 id="ringkasan-keranjang">{text.summaryHeading}</h2>
          <CartTotals
            totals={displayTotals(cart)}
            shippingChosen={(cart.shipping_methods ?? []).length > 0}
          />
          <p className={styles.note}>{text.shippingNote}</p>
          <Link href="/checkout" className={styles.primary}>
            {text.checkout}
          </Link>
        </aside>
      </div>
    </div>
  )
}
