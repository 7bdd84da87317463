import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

type Section = "apply" | "quickOrder" | "rowResult" | "reorder"

/** The partner forms run in the browser: they get their own strings, not the whole site's. */
export async function PartnerMessages({
  sections,
  children,
}: {
  sections: Section[]
  children: ReactNode
}) {
  const { partner } = (await getMessages()) as Record<string, Record<string, unknown>>
  const messages = {
    partner: Object.fromEntries(sections.map((section) => [section, partner[section]])),
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
}
