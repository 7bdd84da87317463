import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/** The quote forms run in the browser: they get their own strings, not the whole site's. */
export async function QuoteFormMessages({ children }: { children: ReactNode }) {
  const { quotes } = (await getMessages()) as { quotes: Record<string, unknown> }
  return (
    <NextIntlClientProvider messages={{ quotes: { form: quotes.form } }}>
      {children}
    </NextIntlClientProvider>
  )
}
