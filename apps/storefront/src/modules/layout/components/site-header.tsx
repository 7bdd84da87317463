import Link from "next/link"
import { Suspense } from "react"

import { CartLink, CartLinkView } from "@/modules/cart/components/cart-link"

import styles from "./site-header.module.css"

const NAV_LINKS = [
  { href: "/", label: "Beranda" },
  { href: "/produk", label: "Produk" },
]

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.name}>Karya Warga Binaan</span>
          <span className={styles.tagline}>
            Buatan tangan dari bengkel kerja Rutan dan Lapas
          </span>
        </Link>
        <nav aria-label="Navigasi utama">
          <ul className={styles.nav}>
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
            <li>
              <Suspense fallback={<CartLinkView />}>
                <CartLink />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
