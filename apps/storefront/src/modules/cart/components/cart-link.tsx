import Link from "next/link"

import { cartItemQuantity } from "@/lib/data/cart"
import { cartText as text } from "@/modules/cart/text"

import styles from "./cart-link.module.css"

/** The header's way to the cart; streamed in so the cart lookup never holds up a page. */
export async function CartLink() {
  return <CartLinkView count={await cartItemQuantity()} />
}

export function CartLinkView({ count }: { count?: number }) {
  return (
    <Link
      href="/keranjang"
      className={styles.link}
      aria-label={count === undefined ? text.headerLink : text.headerLabel(count)}
    >
      {text.headerLink}
      {count !== undefined && count > 0 && (
        <span className={styles.badge} aria-hidden="true" data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  )
}
