import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { cartItemQuantity } from "@/lib/data/cart"

import styles from "./cart-link.module.css"

/** The header's way to the cart; streamed in so the cart lookup never holds up a page. */
export async function CartLink() {
  return <CartLinkView count={await cartItemQuantity()} />
}

export function CartLinkView({ count }: { count?: number }) {
  const t = useTranslations("cart")
  return (
    <Link
      href="/keranjang"
      className={styles.link}
      prefetch={false}
      aria-label={count === undefined ? t("headerLink") : t("headerLabel", { count })}
    >
      {t("headerLink")}
      {count !== undefined && count > 0 && (
        <span className={styles.badge} aria-hidden="true" data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  )
}
