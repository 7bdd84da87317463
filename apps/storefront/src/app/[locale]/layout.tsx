import type { Metadata } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { preconnect } from "react-dom"

import { routing } from "@/i18n/routing"
import { publicBackendUrl } from "@/lib/config"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

import "../globals.css"

type Params = Promise<{ locale: string }>

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({
  params,
}: {
  params: Params
}): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "layout" })
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Params
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  // Product images are served by the backend: open that connection early.
  preconnect(publicBackendUrl)
  // Only what the layout's own client parts (locale switch, error page) need
  // reaches the browser; features hand their forms their own messages.
  const { layout, common } = await getMessages()
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={{ layout, common }}>
          <SiteHeader />
          <main className="container">{children}</main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
