import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import type { CatalogPage, CatalogProduct } from "@/lib/util/product-catalog"
import type { ProductListParams } from "@/lib/util/product-list-params"
import { loadMessages } from "@/messages"

import { type ListingScope, ProductListingTemplate } from "./product-listing-template"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))
// The enhanced form needs Next's router only once it runs in the browser.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }))

const product = (id: number): CatalogProduct => ({
  id: `prod_${id}`,
  handle: `produk-${id}`,
  title: `Produk ${id}`,
  subtitle: null,
  thumbnail: null,
  price: { amount: 10000 * id, currency_code: "idr" },
  in_stock: true,
  category: { handle: "kuliner-olahan", name: "Kuliner Olahan" },
  workshop: null,
  facility: null,
  certifications: [],
})

const FACETS: CatalogPage["facets"] = {
  categories: [
    { handle: "kerajinan-tangan", name: "Kerajinan Tangan", count: 12 },
    { handle: "kuliner-olahan", name: "Kuliner Olahan", count: 12 },
  ],
  facilities: [{ handle: "lapas-jepara", name: "Lapas Kelas IIB Jepara", count: 14 }],
  certifications: [{ type: "halal", count: 9 }],
  price: { min: 15000, max: 4500000 },
}

const ALL: ListingScope = {
  pathname: "/produk",
  title: "Semua produk",
  withBreadcrumb: false,
  showCategoryFilter: true,
}

async function render(
  params: Partial<ProductListParams>,
  catalog: Partial<CatalogPage>,
  { locale = "id", scope = ALL }: { locale?: Locale; scope?: ListingScope } = {},
) {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <ProductListingTemplate
        scope={scope}
        params={{ sort: "newest", page: 1, ...params }}
        catalog={{
          products: [],
          count: 0,
          page: 1,
          limit: 12,
          facets: FACETS,
          ...catalog,
        }}
      />
    </NextIntlClientProvider>,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, "")

describe("ProductListingTemplate", () => {
  it("says which products of how many it shows, as a heading", async () => {
    const products = Array.from({ length: 12 }, (_, i) => product(i + 13))
    const html = await render({ page: 2 }, { products, count: 36, page: 2 })
    expect(html).toMatch(
      /<h2 id="daftar-produk"[^>]*>Menampilkan 13–24 dari 36 produk<\/h2>/,
    )
    expect(html.match(/<article/g)).toHaveLength(12)
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(html).toMatch(/href="\/produk"[^>]*rel="prev"/)
    expect(html).toContain('href="/produk?halaman=3"')
  })

  it("offers the filters as a GET form to the listing's own path, with facet counts", async () => {
    const html = await render({ facility: "lapas-jepara", sort: "price_asc" }, {})
    expect(html).toMatch(/<form[^>]*action="\/produk"/)
    expect(html).toMatch(/<form[^>]*method="get"/)
    expect(html).toContain('<label for="filter-facility">Fasilitas pembuat</label>')
    expect(html).toMatch(
      /<option value="lapas-jepara" selected="">Lapas Kelas IIB Jepara \(14\)<\/option>/,
    )
    expect(html).toMatch(/<option value="termurah" selected="">Harga terendah<\/option>/)
    expect(html).toContain('<option value="halal">Halal (9)</option>')
    expect(text(html)).toContain("Harga di sini: Rp\u00a015.000 – Rp\u00a04.500.000")
  })

  it("keeps a filter chosen in a link selectable even when nothing matches it", async () => {
    const html = await render({ facility: "rutan-baru" }, {})
    expect(html).toMatch(/<option value="rutan-baru" selected="">rutan-baru<\/option>/)
  })

  it("explains an empty result and links to the listing without filters", async () => {
    const html = await render(
      { certification: "halal", maxPrice: 1000, sort: "price_desc" },
      {},
    )
    expect(text(html)).toContain("Tidak ada produk yang cocok dengan pilihan Anda.")
    expect(html).toContain('href="/produk?urutan=termahal">Hapus semua filter</a>')
    expect(html).toContain('aria-label="Hapus filter Halal"')
  })

  it("sends a page past the end back to the first page, filters kept", async () => {
    const html = await render({ facility: "lapas-jepara", page: 9 }, { count: 14 })
    expect(text(html)).toContain("Halaman ini kosong.")
    expect(html).toContain('href="/produk?fasilitas=lapas-jepara"')
  })

  it("leaves the category choice out on a category page", async () => {
    const html = await render(
      {},
      { products: [product(1)], count: 1 },
      {
        locale: "en",
        scope: {
          pathname: "/kategori/kuliner-olahan",
          title: "Kuliner Olahan",
          withBreadcrumb: true,
          showCategoryFilter: false,
        },
      },
    )
    expect(html).not.toContain('name="kategori"')
    expect(html).toMatch(/<form[^>]*action="\/en\/kategori\/kuliner-olahan"/)
    expect(text(html)).toContain("Showing 1–1 of 1 product")
    expect(html).toContain('href="/en/produk">All products</a>')
  })
})
