import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { loadMessages } from "@/messages"

import { ProductCard } from "./product-card"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))

const PRODUCT: CatalogProduct = {
  id: "prod_1",
  handle: "tas-anyaman-pandan",
  title: "Tas Anyaman Pandan",
  subtitle: null,
  thumbnail: "http://localhost:9000/static/tas.jpg",
  price: { amount: 150000, currency_code: "idr" },
  in_stock: true,
  category: { handle: "kerajinan-tangan", name: "Kerajinan Tangan" },
  workshop: { handle: "anyaman-bengkulu", name: "Kelompok Anyaman Rutan Bengkulu" },
  facility: { handle: "rutan-bengkulu", name: "Rutan Kelas IIB Bengkulu" },
  certifications: [],
}

async function render(product: CatalogProduct, locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <ProductCard product={product} />
    </NextIntlClientProvider>,
  )
}

describe("ProductCard", () => {
  it("shows the price in rupiah on its own, the category, the workshop and a described image", async () => {
    const html = await render(PRODUCT)
    expect(html).toMatch(/<p class="[^"]*">Rp\u00a0150\.000<\/p>/)
    expect(html).toContain("Kerajinan Tangan")
    expect(html).toContain("oleh Kelompok Anyaman Rutan Bengkulu")
    expect(html).toContain('alt="Tas Anyaman Pandan"')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain("Stok habis")
  })

  it("marks the product sold out", async () => {
    expect(await render({ ...PRODUCT, in_stock: false })).toContain("Stok habis")
    expect(await render({ ...PRODUCT, in_stock: false }, "en")).toContain("Sold out")
  })

  it("says when there is no price yet", async () => {
    expect(await render({ ...PRODUCT, price: null })).toContain("Harga belum tersedia")
  })

  it("links the card to the product page in the buyer's language", async () => {
    expect(await render(PRODUCT)).toContain('href="/produk/tas-anyaman-pandan"')
    expect(await render(PRODUCT, "en")).toContain('href="/en/produk/tas-anyaman-pandan"')
  })
})
