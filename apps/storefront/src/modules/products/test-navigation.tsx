import { useLocale } from "next-intl"
import type { ComponentProps } from "react"

/**
 * A stand-in for `@/i18n/navigation` in unit tests: next-intl's own imports
 * `next/navigation`, which only resolves inside Next. Prefixes like the app's routing:
 * none for Indonesian, `/en` for English.
 */
function localized(href: string, locale: string): string {
  return locale === "id" ? href : `/${locale}${href === "/" ? "" : href}`
}

export function Link({
  href,
  ...props
}: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={localized(href, useLocale())} {...props} />
}

export function getPathname({ href, locale }: { href: string; locale: string }): string {
  return localized(href, locale)
}
