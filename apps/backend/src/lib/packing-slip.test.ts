import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
} from "pdf-lib"
import { type PackingSlipInput, packingSlipPdf } from "./packing-slip"
import { toWinAnsi } from "./pdf-text"

const item = (n: number): PackingSlipInput["items"][number] => ({
  title: `Keripik Tempe Pedas ${n}`,
  variant_title: "Kemasan 250 g",
  sku: `KTP-250-${String(n).padStart(3, "0")}`,
  quantity: 2,
})

const slip: PackingSlipInput = {
  facility: {
    name: "Rutan Kelas IIB Bengkulu",
    address: "Jl. Basuki Rahmat No. 1, Bengkulu",
  },
  order: { display_id: 1042, placed_at: new Date("2026-11-29T20:00:00Z") },
  delivery: "courier",
  shipping_method: "Kurir Reguler",
  recipient: {
    name: "Siti Rahmawati",
    phone: "0812 3456 7890",
    address_lines: ["Jl. Merdeka No. 10", "Kota Bengkulu 38221"],
  },
  items: [1, 2, 3].map(item),
  printed_at: new Date("2026-12-01T07:05:00Z"),
}

const helvetica = async () =>
  (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)

/**
 * Re-reads a slip the way a viewer would: pdf-lib Flate-compresses content streams, so
 * the text is only searchable after decoding them. Each page gives its lines in order.
 */
async function readSlip(bytes: Uint8Array) {
  // Byte -> character of WinAnsi, from pdf-lib's own encoder: latin1 would turn "…"
  // and curly quotes into C1 control characters.
  const font = await helvetica()
  const winAnsi = new Map(
    font.getCharacterSet().map((code) => {
      const char = String.fromCodePoint(code)
      return [parseInt(font.encodeText(char).asString(), 16), char]
    }),
  )
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents()
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    const content = refs
      .map((ref) => {
        const stream = doc.context.lookup(ref)
        if (!(stream instanceof PDFRawStream))
          throw new Error("page content is no stream")
        return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1")
      })
      .join("\n")
    // Standard-font text is drawn as hex-encoded WinAnsi, one Tj per line.
    return [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map(([, hex]) =>
      [...Buffer.from(hex, "hex")].map((byte) => winAnsi.get(byte) ?? "\uFFFD").join(""),
    )
  })
  return { doc, pages, text: pages.flat().join("\n") }
}

describe("packingSlipPdf", () => {
  it("renders a one-page A4 PDF with title and language metadata", async () => {
    const bytes = await packingSlipPdf(slip)
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-")

    const { doc } = await readSlip(bytes)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 })
    expect(doc.getTitle()).toBe("Slip Pengemasan #1042")
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("id-ID")
  })

  it("prints order, sender, recipient, items and footer in Jakarta time", async () => {
    const { pages } = await readSlip(await packingSlipPdf(slip))

    expect(pages[0]).toEqual(
      expect.arrayContaining([
        "Slip Pengemasan",
        "Pesanan #1042",
        // 20:00 UTC is already the next day in Jakarta (UTC+7).
        "Tanggal pesanan: 30 November 2026",
        "Pengirim",
        "Rutan Kelas IIB Bengkulu",
        "Jl. Basuki Rahmat No. 1, Bengkulu",
        "Penerima",
        "Siti Rahmawati",
        "Telp. 0812 3456 7890",
        "Jl. Merdeka No. 10",
        "Kota Bengkulu 38221",
        "Metode pengiriman: Kurir Reguler",
        ...["No", "Produk", "SKU", "Jumlah", "Dikemas"],
        "Keripik Tempe Pedas 3",
        "Kemasan 250 g",
        "KTP-250-003",
        "Total: 6 unit",
        "Slip ini tidak memuat harga.",
        "Dicetak 1 Desember 2026 14.05 WIB",
        "Halaman 1 dari 1",
      ]),
    )
    expect(pages[0]).not.toContain("Diambil di fasilitas")
  })

  it("never prints a price", async () => {
    const { text } = await readSlip(await packingSlipPdf(slip))
    expect(text).toContain("KTP-250-001")
    expect(text).not.toMatch(/Rp|Harga:|\d+\.\d{3},\d{2}/)
  })

  it("says the parcel is collected instead of printing an address for pickup", async () => {
    const { pages } = await readSlip(
      await packingSlipPdf({
        ...slip,
        delivery: "pickup",
        shipping_method: "Ambil di Rutan Kelas IIB Bengkulu",
      }),
    )
    expect(pages[0]).toContain("Diambil di fasilitas")
    expect(pages[0]).not.toContain("Jl. Merdeka No. 10")
  })

  it("flows many items onto further pages, repeating the table header", async () => {
    const items = Array.from({ length: 80 }, (_, i) => item(i + 1))
    const { doc, pages } = await readSlip(await packingSlipPdf({ ...slip, items }))

    expect(doc.getPageCount()).toBeGreaterThan(1)
    const count = pages.length
    pages.forEach((lines, i) => {
      expect(lines).toEqual(
        expect.arrayContaining(["Produk", "Dikemas", "Pesanan #1042"]),
      )
      expect(lines).toContain(`Halaman ${i + 1} dari ${count}`)
    })
    // Every item exactly once, in order, and the total after the last one.
    const skus = pages.flat().filter((line) => line.startsWith("KTP-250-"))
    expect(skus).toEqual(items.map((entry) => entry.sku))
    expect(pages[count - 1]).toContain("Total: 160 unit")
  })

  it("wraps or cuts long titles and SKUs to their columns", async () => {
    const title = Array(40).fill("Tas Anyaman Pandan Motif Parang").join(" ")
    const inTitle = (line: string) => title.includes(line.replace(/\u2026$/, ""))
    const sku = "X".repeat(120)
    const bytes = await packingSlipPdf({
      ...slip,
      items: [{ title, variant_title: null, sku, quantity: 1 }],
    })
    const { pages } = await readSlip(bytes)
    const font = await helvetica()

    const titleLines = pages[0].filter(inTitle)
    expect(titleLines).toHaveLength(3)
    expect(titleLines[2].endsWith("\u2026")).toBe(true)
    const skuLines = pages[0].filter((line) => line.startsWith("XX"))
    expect(skuLines).toHaveLength(2)
    expect(skuLines[1].endsWith("\u2026")).toBe(true)
    // The product column is under 280 pt, the SKU column about 100 pt.
    for (const line of titleLines) {
      expect(font.widthOfTextAtSize(line, 10)).toBeLessThan(280)
    }
    for (const line of skuLines) {
      expect(font.widthOfTextAtSize(line, 9)).toBeLessThan(104)
    }
  })

  it("renders text the standard fonts cannot encode instead of throwing", async () => {
    const bytes = await packingSlipPdf({
      ...slip,
      recipient: { ...slip.recipient, name: "Siti 🌸 Rahmawati" },
      items: [
        {
          title: "Teh Hijau 绿茶 \u201cPremium\u201d 🍵",
          variant_title: "Ā",
          sku: null,
          quantity: 1,
        },
      ],
    })
    const { pages } = await readSlip(bytes)
    expect(pages[0]).toEqual(
      expect.arrayContaining([
        "Siti ? Rahmawati",
        "Teh Hijau ?? \u201cPremium\u201d ?",
        "A",
        "-",
      ]),
    )
  })
})

describe("toWinAnsi", () => {
  it("keeps WinAnsi, strips accents it lacks and puts ? for the rest", async () => {
    const set = new Set((await helvetica()).getCharacterSet())
    expect(toWinAnsi("Kopi Gayo \u201cAsli\u201d \u2014 café €5", set, "?")).toBe(
      "Kopi Gayo \u201cAsli\u201d \u2014 café €5",
    )
    expect(toWinAnsi("Tenun ﬁbre Sāsak", set, "?")).toBe("Tenun fibre Sasak")
    // One ? per visible character, however many code points it is made of.
    expect(toWinAnsi("绿茶 🌶️ 👨‍👩‍👧 ok", set, "?")).toBe("?? ? ? ok")
    expect(toWinAnsi(" Lapas\tKelas\n\u200bIIA  ", set, "?")).toBe("Lapas Kelas IIA")
  })
})
