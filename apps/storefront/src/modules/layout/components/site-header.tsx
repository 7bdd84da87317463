import { useLocale, useTranslations } from "next-intl"
import { Suspense } from "react"

import { getPathname, Link } from "@/i18n/navigation"
import { SEARCH_PATH } from "@/lib/util/search-params"
import { AccountLink } from "@/modules/account/components/account-link"
import { CartLink, CartLinkView } from "@/modules/cart/components/cart-link"
import { SearchBox } from "@/modules/search/components/search-box"

import { LocaleSwitch } from "./locale-switch"
import styles from "./site-header.module.css"

export function SiteHeader() {
  const t = useTranslations("layout")
  const locale = useLocale()
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/produk", label: t("nav.products") },
    { href: "/fasilitas", label: t("nav.facilities") },
  ]
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        {/* The links on every page are not prefetched: on a phone's slow connection
            their prefetches would compete with the page's own images and scripts. */}
        <Link href="/" className={styles.brand} prefetch={false}>
          <span className={styles.name}>{t("siteName")}</span>
          <span className={styles.tagline}>{t("tagline")}</span>
        </Link>
        <SearchBox action={getPathname({ href: SEARCH_PATH, locale })} />
        <nav aria-label={t("mainNavigation")}>
          <ul className={styles.nav}>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={false}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Suspense>
                <AccountLink />
              </Suspense>
            </li>
            <li>
              <Suspense fallback={<CartLinkView />}>
                <CartLink />
              </Suspense>
            </li>
            <li>
              <Suspense>
                <LocaleSwitch />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
