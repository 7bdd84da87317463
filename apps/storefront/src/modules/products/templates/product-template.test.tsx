import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import type { Locale } from "@/i18n/routing"
import type { StoreProductWithProvenance } from "@/lib/util/product-catalog"
import { loadMessages } from "@/messages"

import { ProductTemplate } from "./product-template"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))
vi.mock("@/lib/actions/cart", () => ({ addToCart: vi.fn() }))

const NOW = new Date("2026-11-30T05:00:00.000Z")

const KOPI = {
  id: "prod_1",
  handle: "kopi-bubuk-robusta-bengkulu",
  title: "Kopi Bubuk Robusta Bengkulu",
  subtitle: "Sangrai sedang",
  description: "Kopi robusta dari kebun rakyat.\n\nDigiling setelah disangrai.",
  thumbnail: null,
  weight: 250,
  material: "Kopi robusta 100%",
  metadata: {
    ingredients: "Kopi robusta sangrai giling 100%.",
    net_weight: "100 g / 250 g",
    allergens: "Tidak mengandung alergen utama",
    storage: "Simpan di tempat kering dan sejuk.",
    shelf_life: "6 bulan sejak tanggal produksi",
  },
  categories: [{ id: "pcat_1", handle: "kuliner-olahan", name: "Kuliner Olahan" }],
  images: [],
  variants: [
    {
      id: "variant_1",
      title: "100 g",
      inventory_quantity: 90,
      calculated_price: { calculated_amount: 25000, calculated_amount_with_tax: 25000 },
    },
    {
      id: "variant_2",
      title: "250 g",
      inventory_quantity: 56,
      calculated_price: { calculated_amount: 45000, calculated_amount_with_tax: 45000 },
    },
  ],
  workshop: {
    handle: "dapur-olahan-bengkulu",
    name: "Dapur Olahan Rutan Bengkulu",
    craft_type: "Pengolahan pangan",
    maker_count: 14,
    facility: {
      handle: "rutan-bengkulu",
      name: "Rutan Kelas IIB Bengkulu",
      city: "Kota Bengkulu",
      province: "Bengkulu",
      makers_share_bps: 5000,
    },
  },
  product_quality: {
    standard_name: "Standar Pangan Olahan Rumah Tangga",
    standard_met: true,
    certificates: {
      items: [
        {
          type: "halal",
          number: "ID17710000041224",
          issuer: "BPJPH Kementerian Agama RI",
          valid_from: "2024-08-13T00:00:00.000Z",
          valid_until: "2028-08-13T00:00:00.000Z",
          holder_type: "product",
        },
        {
          type: "bpom_md",
          number: "MD 264517001125",
          issuer: "Badan POM RI",
          valid_from: "2024-07-02T00:00:00.000Z",
          valid_until: "2026-07-02T00:00:00.000Z",
          holder_type: "facility",
        },
      ],
    },
    last_inspection_at: "2026-11-21T00:29:24.603Z",
    last_inspection_passed: true,
  },
} as unknown as StoreProductWithProvenance

async function render(product: StoreProductWithProvenance, locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <ProductTemplate product={product} now={NOW} />
    </NextIntlClientProvider>,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, "")

describe("ProductTemplate", () => {
  it("keeps one heading of its own and the cart form's single status region", async () => {
    const html = await render(KOPI)
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(html.match(/role="status"|<output/g)).toHaveLength(1)
    expect(html).toContain("Tambah ke keranjang")
  })

  it("links the workshop and the facility that made it", async () => {
    const html = await render(KOPI)
    expect(html).toContain('href="/bengkel/dapur-olahan-bengkulu"')
    expect(html).toContain('href="/fasilitas/rutan-bengkulu"')
    expect(text(html)).toContain(
      "Dibuat oleh Dapur Olahan Rutan Bengkulu di Rutan Kelas IIB Bengkulu.",
    )
    expect(text(html)).toContain("14 warga binaan bekerja di bengkel ini.")
  })

  it("says what share of the price goes to the makers, with the lowest price as example", async () => {
    const shown = text(await render(KOPI))
    expect(shown).toContain("50% dari harga menjadi premi")
    expect(shown).toContain("Dari harga Rp\u00a025.000, sebanyak Rp\u00a012.500 dicatat")
  })

  it("shows each certificate with its number and validity, and the last inspection", async () => {
    const shown = text(await render(KOPI))
    expect(shown).toContain("Memenuhi Standar Pangan Olahan Rumah Tangga")
    expect(shown).toContain("No. ID17710000041224")
    expect(shown).toContain("Berlaku sampai 13 Agustus 2028")
    expect(shown).toContain("Kedaluwarsa sejak 2 Juli 2026")
    expect(shown).toContain("Sertifikat fasilitas")
    expect(shown).toContain("Pemeriksaan mutu terakhir: 21 November 2026, lulus")
    // Registration before halal status.
    expect(shown.indexOf("BPOM MD")).toBeLessThan(shown.indexOf("Halal"))
  })

  it("lists the food label facts and the shipping weight", async () => {
    const shown = text(await render(KOPI))
    expect(shown).toContain("Informasi label pangan")
    expect(shown).toContain("KomposisiKopi robusta sangrai giling 100%.")
    expect(shown).toContain("Berat bersih100 g / 250 g")
    expect(shown).toContain("Masa simpan6 bulan sejak tanggal produksi")
    expect(shown).toContain("Berat kirim250 g")
  })

  it("leaves out what the backend did not send", async () => {
    const html = await render({
      ...KOPI,
      workshop: null,
      product_quality: null,
      metadata: null,
      material: null,
      weight: null,
    } as unknown as StoreProductWithProvenance)
    expect(html).not.toContain("/bengkel/")
    expect(html).not.toContain("premi")
    expect(html).not.toContain("Sertifikat")
    expect(html).not.toContain("Informasi label pangan")
  })

  it("marks the Indonesian label text as such on the English page", async () => {
    const html = await render(KOPI, "en")
    expect(html).toContain('<dd lang="id">Kopi robusta sangrai giling 100%.</dd>')
    expect(text(html)).toContain("50% of the price is paid as premi")
    expect(text(html)).toContain("Valid until August 13, 2028")
  })
})
