import type { HttpTypes } from "@medusajs/types"
import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { displayTotals } from "@/lib/util/cart-summary"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItemRow } from "@/modules/cart/components/line-item-row"
import { LineQuantityForm } from "@/modules/cart/components/line-quantity-form"

import styles from "./cart-template.module.css"

export function CartTemplate({
  cart,
  notice,
}: {
  cart: HttpTypes.StoreCart | null
  /** What the page that sent the buyer here has to say (after a reorder, say). */
  notice?: ReactNode
}) {
  const t = useTranslations("cart")
  const messages = useMessages()
  const items = cart?.items ?? []
  if (!cart || items.length === 0) {
    return (
      <div className={styles.cart}>
        <h1>{t("title")}</h1>
        {notice}
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          <Link href="/produk" className={styles.primary}>
            {t("startShopping")}
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
      <h1>{t("title")}</h1>
      {notice}
      <div className={styles.layout}>
        <section aria-labelledby="isi-keranjang">
          <h2 id="isi-keranjang" className={styles.visuallyHidden}>
            {t("itemsHeading")}
          </h2>
          {/* The quantity forms run in the browser: send them their strings only. */}
          <NextIntlClientProvider
            messages={{ cart: { quantityForm: messages.cart.quantityForm } }}
          >
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
          </NextIntlClientProvider>
          <Link href="/produk" className={styles.back}>
            {t("continueShopping")}
          </Link>
        </section>
        <aside className={styles.summary} aria-labelledby="ringkasan-keranjang">
          <h2 id="ringkasan-keranjang">{t("summaryHeading")}</h2>
          <CartTotals
            totals={displayTotals(cart)}
            shippingChosen={(cart.shipping_methods ?? []).length > 0}
          />
          <p className={styles.note}>{t("shippingNote")}</p>
          <Link href="/checkout" className={styles.primary}>
            {t("checkout")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
