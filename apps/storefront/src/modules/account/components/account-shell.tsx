import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { logOut } from "@/lib/actions/account"
import { partnerStatusOrNone } from "@/lib/data/partner"

import styles from "./account.module.css"

const SECTIONS = [
  { key: "overview", href: "/akun", partnerOnly: false },
  { key: "orders", href: "/akun/pesanan", partnerOnly: false },
  { key: "addresses", href: "/akun/alamat", partnerOnly: false },
  { key: "partner", href: "/akun/mitra", partnerOnly: true },
] as const

export type AccountSection = (typeof SECTIONS)[number]["key"]

/**
 * A logged-in page of the account: its heading, the account menu and the content. A page
 * inside a section (one order, one address) marks the section without claiming to be it.
 * The partner section is there only for buyers of a partner shop.
 */
export async function AccountShell({
  current,
  nested = false,
  heading,
  children,
}: {
  current: AccountSection
  nested?: boolean
  heading: string
  children: ReactNode
}) {
  const [t, tPartner, { partner_shop }] = await Promise.all([
    getTranslations("account.nav"),
    getTranslations("partner.nav"),
    partnerStatusOrNone(),
  ])
  const sections = SECTIONS.filter((section) => !section.partnerOnly || partner_shop)
  return (
    <div className={styles.shell}>
      <h1>{heading}</h1>
      <nav aria-label={t("label")} className={styles.nav}>
        <ul>
          {sections.map((section) => (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={
                  section.key === current ? (nested ? "true" : "page") : undefined
                }
              >
                {section.key === "partner" ? tPartner("label") : t(section.key)}
              </Link>
            </li>
          ))}
          <li>
            <form action={logOut}>
              <button type="submit">{t("logOut")}</button>
            </form>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  )
}
