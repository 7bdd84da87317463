"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"

import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"

import styles from "./site-header.module.css"

/** Switches language on the same page, keeping its query (filters, page). */
export function LocaleSwitch() {
  const t = useTranslations("layout.localeSwitch")
  const current = useLocale()
  const pathname = usePathname()
  const query = Object.fromEntries(useSearchParams())
  return (
    <ul className={styles.locales} aria-label={t("label")}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
            prefetch={false}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            aria-label={t(locale)}
          >
            {locale.toUpperCase()}
          </Link>
        </li>
      ))}
    </ul>
  )
}
