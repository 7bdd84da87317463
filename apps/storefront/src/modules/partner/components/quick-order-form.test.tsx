import { NextIntlClientProvider } from "next-intl"
import type { ReactNode } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import { loadMessages } from "@/messages"

import { QuickOrderForm } from "./quick-order-form"
import { RowResultView } from "./row-result-view"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))
// The Server Actions reach the backend; rendering needs only their names.
vi.mock("@/lib/actions/partner", () => ({ quickOrder: vi.fn() }))

async function render(node: ReactNode, locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      {node}
    </NextIntlClientProvider>,
  )
}

describe("QuickOrderForm", () => {
  it("starts with five labelled rows and an empty live region", async () => {
    const html = await render(<QuickOrderForm />)
    expect(html.match(/name="sku"/g)).toHaveLength(5)
    expect(html.match(/name="quantity"/g)).toHaveLength(5)
    expect(html).toContain('<label for="pesan-cepat-5-sku"')
    expect(html).toContain("SKU baris 5")
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*><\/div>/)
    // The order button comes before "add row", so Enter orders.
    expect(html.indexOf("Masukkan ke keranjang")).toBeLessThan(
      html.indexOf("Tambah baris"),
    )
  })
})

describe("RowResultView", () => {
  const result = {
    added: [{ row: 1, sku: "KRP-250", quantity: 24, variant_id: "v1" }],
    errors: [
      {
        row: 2,
        sku: null,
        field: "sku" as const,
        code: null,
        limit: null,
        message: "unknown SKU",
      },
    ],
    cart_id: "cart_1",
  }

  it("says what went in, lists refused rows and links to the cart", async () => {
    const html = await render(<RowResultView result={result} note="Perbaiki" />)
    expect(html).toContain("1 baris (24 barang) sudah masuk ke keranjang.")
    expect(html).toContain("<caption>1 baris belum masuk ke keranjang</caption>")
    expect(html).toContain('<th scope="row">2</th>')
    expect(html).toContain("(kosong)")
    expect(html).toContain("unknown SKU")
    expect(html).toContain('href="/keranjang"')
    expect(html).toContain("Perbaiki")
  })

  it("speaks English under /en", async () => {
    const html = await render(<RowResultView result={result} />, "en")
    expect(html).toContain("1 row added to the cart (24 items).")
    expect(html).toContain('href="/en/keranjang"')
  })
})
