import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import type { SearchHit, SearchResult } from "@/lib/util/product-search"
import type { ProductSearchParams } from "@/lib/util/search-params"
import { loadMessages } from "@/messages"
import enLayout from "@/messages/en/layout.json"
import enSearch from "@/messages/en/search.json"
import idLayout from "@/messages/id/layout.json"
import idSearch from "@/messages/id/search.json"
import { SearchBox } from "@/modules/search/components/search-box"
import { SearchUnavailable } from "@/modules/search/components/search-unavailable"

import { SearchResultsTemplate } from "./search-results-template"

vi.mock("@/i18n/navigation", async () => ({
  ...(await import("@/modules/products/test-navigation")),
  useRouter: () => ({ push: vi.fn() }),
}))
// The enhanced forms need Next's router only once they run in the browser.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }))

const hit = (id: number): SearchHit => ({
  id: `prod_${id}`,
  handle: `keripik-${id}`,
  title: `Keripik ${id}`,
  subtitle: null,
  thumbnail: null,
  price: { amount: 5000 * id, currency_code: "idr" },
  in_stock: true,
  halal: true,
  certifications: ["halal"],
  category: { handle: "kuliner-olahan", name: "Kuliner Olahan" },
  workshop: null,
  facility: null,
})

const FACETS: SearchResult["facets"] = {
  categories: [{ handle: "kuliner-olahan", name: "Kuliner Olahan", count: 12 }],
  facilities: [{ handle: "rutan-bengkulu", name: "Rutan Bengkulu", count: 5 }],
  certifications: [{ type: "halal", count: 9 }],
  halal: { true: 9, false: 28 },
  in_stock: { true: 30, false: 7 },
  price: { min: 15000, max: 2500000 },
}

async function withMessages(locale: Locale, node: React.ReactNode) {
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

function render(
  params: Partial<ProductSearchParams>,
  result: Partial<SearchResult>,
  locale: Locale = "id",
) {
  return withMessages(
    locale,
    <SearchResultsTemplate
      params={{ sort: "relevance", page: 1, ...params }}
      result={{
        query: params.q ?? "",
        hits: [],
        total: 0,
        page: 1,
        limit: 12,
        facets: FACETS,
        ...result,
      }}
    />,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, "")

function keyPaths(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object") {
    return [prefix]
  }
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe("search messages", () => {
  it("say the same things in Indonesian and English", () => {
    expect(keyPaths(enSearch).sort()).toEqual(keyPaths(idSearch).sort())
    expect(keyPaths(enLayout.search).sort()).toEqual(keyPaths(idLayout.search).sort())
  })
})

describe("SearchResultsTemplate", () => {
  it("echoes the query in the heading and in a search field, and counts the results", async () => {
    const hits = Array.from({ length: 12 }, (_, i) => hit(i + 13))
    const html = await render({ q: "keripik", page: 2 }, { hits, total: 37, page: 2 })
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(text(html)).toContain("Hasil pencarian untuk “keripik”")
    expect(html).toMatch(
      /<h2 id="hasil-pencarian"[^>]*>Menampilkan 13–24 dari 37 hasil<\/h2>/,
    )
    expect(html).toMatch(/<input[^>]*role="combobox"[^>]*value="keripik"/)
    expect(html.match(/<article/g)).toHaveLength(12)
    expect(html).toContain('href="/produk/keripik-13"')
    expect(html).toMatch(/href="\/cari\?q=keripik"[^>]*rel="prev"/)
    expect(html).toContain('href="/cari?q=keripik&amp;halaman=3"')
  })

  it("offers every facet with counts in a GET form that keeps the query", async () => {
    const html = await render(
      { q: "keripik", halal: true, inStock: true, sort: "price_asc" },
      { hits: [hit(1)], total: 9 },
    )
    expect(html).toMatch(/<form[^>]*action="\/cari"[^>]*method="get"/)
    expect(html).toContain('<input type="hidden" name="q" value="keripik"/>')
    expect(html).toContain('<option value="kuliner-olahan">Kuliner Olahan (12)</option>')
    expect(html).toContain('<option value="rutan-bengkulu">Rutan Bengkulu (5)</option>')
    expect(html).toContain('<label for="filter-halal">Halal</label>')
    expect(html).toContain(
      '<option value="ya" selected="">Bersertifikat halal (9)</option>',
    )
    expect(html).toContain('<option value="tidak">Tanpa sertifikat halal (28)</option>')
    expect(html).toMatch(
      /<input id="filter-in-stock" type="checkbox" name="stok"[^>]*checked=""[^>]*value="ada"/,
    )
    expect(text(html)).toContain("Hanya yang stoknya tersedia (30)")
    expect(text(html)).toContain("Harga di sini: Rp\u00a015.000 – Rp\u00a02.500.000")
    expect(html).toMatch(/<option value="termurah" selected="">Harga terendah<\/option>/)
    expect(html).toContain('<option value="relevan">Paling sesuai</option>')
    // Each filter in force can be dropped alone, the query kept.
    expect(html).toMatch(
      /href="\/cari\?q=keripik&amp;stok=ada&amp;urutan=termurah"[^>]*aria-label="Hapus filter Bersertifikat halal"/,
    )
  })

  it("helps when nothing is found: the query, filters to drop, tips and ways to browse", async () => {
    const html = await render({ q: "kripik", category: "kuliner-olahan" }, {})
    const shown = text(html)
    expect(shown).toContain("Tidak ada hasil untuk “kripik”")
    expect(shown).toContain("Periksa ejaan kata pencarian.")
    expect(html).toContain('aria-label="Hapus filter Kuliner Olahan"')
    expect(html).toContain('href="/cari?q=kripik">Cari “kripik” tanpa filter</a>')
    expect(html).toContain('href="/produk?kategori=kerajinan-tangan"')
    expect(html).toContain('href="/produk?kategori=kuliner-olahan"')
    expect(html).toContain('href="/produk?kategori=hasil-bengkel-kerja"')
    expect(html).toContain('href="/produk">Lihat semua produk</a>')
  })

  it("leaves out a filter form that would offer nothing", async () => {
    const html = await render(
      { q: "zzz" },
      { facets: { ...FACETS, categories: [], facilities: [], certifications: [] } },
    )
    expect(html).not.toContain('id="saring-hasil"')
    expect(text(html)).not.toContain("Filter yang aktif")
  })

  it("sends a page past the end back to the first page", async () => {
    const html = await render({ q: "keripik", page: 9 }, { total: 14 })
    expect(text(html)).toContain("Halaman ini kosong.")
    expect(html).toContain('href="/cari?q=keripik">Kembali ke halaman pertama</a>')
  })

  it("speaks English under /en", async () => {
    const html = await render({ q: "kopi" }, { hits: [hit(1)], total: 1 }, "en")
    expect(text(html)).toContain("Search results for “kopi”")
    expect(text(html)).toContain("Showing 1–1 of 1 result")
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/en\/cari"/)
  })
})

describe("SearchUnavailable", () => {
  it("says search is down and offers the three categories and all products", async () => {
    const html = await withMessages("id", <SearchUnavailable query="keripik" />)
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(text(html)).toContain("Pencarian sedang tidak tersedia")
    expect(html.match(/href="\/produk\?kategori=/g)).toHaveLength(3)
    expect(html).toContain('href="/produk"')
  })
})

describe("SearchBox", () => {
  it("is a labelled search form that works without JavaScript, marked up as a combobox", async () => {
    const html = await withMessages("id", <SearchBox action="/cari" />)
    expect(html).toMatch(
      /<form role="search" aria-label="Cari produk"[^>]*action="\/cari" method="get"/,
    )
    const inputId = /<input[^>]* id="([^"]+)"/.exec(html)?.[1]
    const listId = /<ul id="([^"]+)" role="listbox"/.exec(html)?.[1]
    expect(html).toContain(`<label for="${inputId}"`)
    const input = /<input[^>]*>/.exec(html)?.[0]
    expect(input).toContain('type="search"')
    expect(input).toContain('name="q"')
    expect(input).toContain('role="combobox"')
    expect(html).toContain('aria-expanded="false"')
    expect(html).toContain(`aria-controls="${listId}"`)
    expect(html).toContain('aria-label="Saran produk"')
    expect(html).toMatch(/<button type="submit"[^>]*>Cari<\/button>/)
  })
})
