import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import { loadMessages } from "@/messages"

import { QuoteRequestForm } from "./quote-request-form"

// The Server Actions reach the backend; rendering never calls them.
vi.mock("@/lib/actions/partner-documents", () => ({ requestQuote: vi.fn() }))

async function render(locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <QuoteRequestForm />
    </NextIntlClientProvider>,
  )
}

describe("QuoteRequestForm", () => {
  it("starts with three labelled rows of SKU, quantity and note", async () => {
    const html = await render()
    expect(html.match(/name="sku"/g)).toHaveLength(3)
    expect(html.match(/name="quantity"/g)).toHaveLength(3)
    expect(html.match(/name="note"/g)).toHaveLength(3)
    expect(html).toContain('<label for="quote-row-0-sku">SKU</label>')
    expect(html).toContain('id="quote-row-0-sku"')
    expect(html).toContain('aria-describedby="quote-sku-hint"')
    expect(html).toContain("Barang 3")
    expect(html).toContain("Hapus barang 2")
  })

  it("labels the general notes and the buttons, in English under /en", async () => {
    const html = await render("en")
    expect(html).toContain('<label for="quote-notes">General notes (optional)</label>')
    expect(html).toContain("Add an item")
    expect(html).toContain("Send quote request")
  })
})
