import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

type Section = "logIn" | "register" | "overview" | "addresses" | "orderLookup"

// What every account form shows: labels, hints and its errors.
const SHARED = ["fields", "hints", "errors", "errorSummary", "formErrors", "saving"]

/** The forms run in the browser: they get their own strings, not the whole site's. */
export async function FormMessages({
  section,
  children,
}: {
  section: Section
  children: ReactNode
}) {
  const { account, orderLookup } = (await getMessages()) as Record<
    string,
    Record<string, unknown>
  >
  const shared = Object.fromEntries(SHARED.map((key) => [key, account[key]]))
  const messages =
    section === "orderLookup"
      ? { account: shared, orderLookup }
      : { account: { ...shared, [section]: account[section] } }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
}
