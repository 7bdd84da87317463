import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import { loadMessages } from "@/messages"

import { AddToCartForm, type VariantChoice } from "./add-to-cart-form"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))

// The Server Action reaches the backend; rendering never calls it.
vi.mock("@/lib/actions/cart", () => ({ addToCart: vi.fn() }))

const variant = (overrides: Partial<VariantChoice>): VariantChoice => ({
  id: "variant_1",
  title: "Krem",
  price: 125000,
  available: 12,
  orderable: true,
  ...overrides,
})

async function render(variants: VariantChoice[], locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <AddToCartForm variants={variants} />
    </NextIntlClientProvider>,
  )
}

describe("AddToCartForm", () => {
  it("offers the first variant in stock with its price", async () => {
    const html = await render([
      variant({ id: "variant_1", title: "Merah", available: 0, orderable: false }),
      variant({ id: "variant_2", title: "Krem", price: 135000 }),
    ])
    expect(html).toContain("Rp\u00a0135.000")
    expect(html).toMatch(/checked=""[^>]*value="variant_2"/)
    expect(html).toContain("Tambah ke keranjang")
  })

  it("disables buying when the variant is sold out", async () => {
    const html = await render([variant({ available: 0, orderable: false })])
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Stok habis<\/button>/)
    expect(html).not.toContain("Tambah ke keranjang")
  })

  it("tells how many are left when few are", async () => {
    const html = await render([variant({ available: 3 })])
    expect(html).toContain("Tinggal 3 lagi")
    expect(html).toContain('max="3"')
  })

  it("speaks English under /en", async () => {
    const html = await render([variant({ available: 2 })], "en")
    expect(html).toContain("Add to cart")
    expect(html).toContain("Only 2 left")
    expect(html).toContain("Rp\u00a0125.000")
  })
})
