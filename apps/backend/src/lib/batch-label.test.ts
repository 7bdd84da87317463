import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
} from "pdf-lib"
import * as QRCode from "qrcode"
import { type BatchLabelData, renderBatchLabel } from "./batch-label"

const MM = 72 / 25.4

const batch: BatchLabelData = {
  code: "7KQ2M9XH4P",
  url: "https://karya.example/p/7KQ2M9XH4P",
  product_title: "Keripik Tempe Pedas",
  variant_title: "Kemasan 250 g",
  workshop_name: "Dapur Lapas Sleman",
  facility_name: "Lapas Kelas IIB Sleman",
  produced_at: "2026-11-29T03:00:00Z",
  best_before: new Date("2027-02-28T03:00:00Z"),
  expires_at: "2027-05-31",
}

type Rect = { x: number; y: number; width: number; height: number }

/** Re-reads a rendered label the way a viewer would, using only the PDF itself. */
async function readLabel(bytes: Uint8Array) {
  // Without updateMetadata: false, load() would stamp pdf-lib's own creator/producer.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const page = doc.getPage(0)

  // pdf-lib compresses content streams; decode every one the page references.
  const contents = page.node.Contents()
  const streams = (contents instanceof PDFArray ? contents.asArray() : [contents]).map(
    (item) => {
      const stream = doc.context.lookup(item)
      if (!(stream instanceof PDFRawStream)) throw new Error("page content is no stream")
      return stream
    },
  )
  const content = streams
    .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1"))
    .join("\n")

  // Operands come before their operator; text is hex-encoded, so no token hides in it.
  const tokens = content.split(/\s+/).filter(Boolean)
  const rects: Rect[] = []
  tokens.forEach((token, index) => {
    if (token !== "re") return
    const [x, y, width, height] = tokens.slice(index - 4, index).map(Number)
    rects.push({ x, y, width, height })
  })
  const winAnsi = await winAnsiDecoding()
  const texts = [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map(([, hex]) =>
    [...Buffer.from(hex, "hex")].map((byte) => winAnsi.get(byte) ?? "\uFFFD").join(""),
  )

  const links = (page.node.Annots()?.asArray() ?? [])
    .map((ref) => doc.context.lookup(ref, PDFDict))
    .filter((annot) => annot.get(PDFName.of("Subtype")) === PDFName.of("Link"))
    .map((annot) => {
      const action = annot.lookup(PDFName.of("A"), PDFDict)
      const uri = action.lookup(PDFName.of("URI"), PDFString, PDFHexString)
      const rect = annot.lookup(PDFName.of("Rect"), PDFArray).asRectangle()
      return { action: action.get(PDFName.of("S")), uri: uri.decodeText(), rect }
    })

  return { doc, page, rects, texts, links }
}

/**
 * Byte -> character of the standard fonts' WinAnsi encoding, taken from pdf-lib's own
 * encoder (Node's TextDecoder treats windows-1252 as latin1 and loses "—" and "…").
 */
async function winAnsiDecoding(): Promise<Map<number, string>> {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)
  const map = new Map<number, string>()
  for (const codePoint of font.getCharacterSet()) {
    const char = String.fromCodePoint(codePoint)
    map.set(parseInt(font.encodeText(char).asString(), 16), char)
  }
  return map
}

function darkModules(url: string) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" })
  return modules
}

describe("renderBatchLabel", () => {
  it("renders one 100 x 60 mm page with the batch title and marketplace metadata", async () => {
    const { doc, page } = await readLabel(await renderBatchLabel(batch))

    expect(doc.getPageCount()).toBe(1)
    expect(page.getWidth()).toBeCloseTo(283.46, 1)
    expect(page.getHeight()).toBeCloseTo(170.08, 1)
    expect(page.getWidth() / MM).toBeCloseTo(100, 1)
    expect(doc.getTitle()).toBe("Label batch 7KQ2M9XH4P")
    expect(doc.getCreator()).toContain("Karya Lapas")
    expect(doc.getProducer()).toContain("Karya Lapas")
  })

  it("draws the QR code as one vector square per dark module", async () => {
    const { rects } = await readLabel(await renderBatchLabel(batch))
    const modules = darkModules(batch.url)
    const darkCount = modules.data.reduce((sum, bit) => sum + (bit ? 1 : 0), 0)

    // Nothing but the QR code is drawn with `re`, so every rectangle is a module.
    expect(rects).toHaveLength(darkCount)

    // Put the squares back on a grid: they must reproduce the matrix exactly.
    const cell = rects[0].width
    for (const rect of rects) {
      expect(rect.width).toBeCloseTo(cell, 6)
      expect(rect.height).toBeCloseTo(cell, 6)
    }
    const left = Math.min(...rects.map((rect) => rect.x))
    const top = Math.max(...rects.map((rect) => rect.y + rect.height))
    const drawn = new Set(
      rects.map((rect) => {
        const col = Math.round((rect.x - left) / cell)
        const row = Math.round((top - rect.y - rect.height) / cell)
        return `${row},${col}`
      }),
    )
    expect(drawn.size).toBe(darkCount)
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        expect(drawn.has(`${row},${col}`)).toBe(modules.get(row, col) === 1)
      }
    }
    // Big enough to scan from a small label, with room for the quiet zone on the page.
    expect(cell * modules.size).toBeGreaterThan(35 * MM)
    expect(left).toBeGreaterThanOrEqual(4 * cell)
    expect(top).toBeLessThanOrEqual(170.08 - 4 * cell)
  })

  it("links the QR code area to the provenance page", async () => {
    const { links, rects } = await readLabel(await renderBatchLabel(batch))

    expect(links).toHaveLength(1)
    expect(links[0].action).toBe(PDFName.of("URI"))
    expect(links[0].uri).toBe(batch.url)
    const { x, y, width, height } = links[0].rect
    for (const rect of rects) {
      expect(rect.x).toBeGreaterThanOrEqual(x)
      expect(rect.y).toBeGreaterThanOrEqual(y)
      expect(rect.x + rect.width).toBeLessThanOrEqual(x + width + 1e-6)
      expect(rect.y + rect.height).toBeLessThanOrEqual(y + height + 1e-6)
    }
  })

  it("prints the code, the details and the dates in Jakarta time", async () => {
    const { texts } = await readLabel(
      await renderBatchLabel({
        ...batch,
        // 20:00 UTC is already the next day in Jakarta (UTC+7).
        produced_at: new Date("2026-11-28T20:00:00Z"),
      }),
    )

    expect(texts).toEqual(
      expect.arrayContaining([
        "7KQ2M9XH4P",
        "Pindai untuk asal-usul produk",
        "Keripik Tempe Pedas",
        "Kemasan 250 g",
        "Bengkel: Dapur Lapas Sleman",
        "Lapas Kelas IIB Sleman",
        "Diproduksi:",
        "29 Nov 2026",
        "Baik sebelum:",
        "28 Feb 2027",
        "Kedaluwarsa:",
        "31 Mei 2027",
      ]),
    )
  })

  it("replaces characters the standard fonts cannot encode instead of throwing", async () => {
    const bytes = await renderBatchLabel({
      ...batch,
      product_title: "Keripik Tempe Pedas 🌶️ — ā",
      variant_title: "Level 5 🔥",
      workshop_name: "Bengkel Tenun ﬁbre 工房",
      facility_name: "Lapas\tKelas IIA\nYogyakarta",
    })
    const { texts } = await readLabel(bytes)

    // The title may wrap, so look for it across lines.
    expect(texts.join(" ")).toContain("Keripik Tempe Pedas — a")
    expect(texts).toEqual(
      expect.arrayContaining([
        "Level 5",
        "Bengkel: Bengkel Tenun fibre",
        "Lapas Kelas IIA Yogyakarta",
      ]),
    )
  })

  it("leaves out missing optional dates and variant", async () => {
    const { texts } = await readLabel(
      await renderBatchLabel({
        ...batch,
        variant_title: null,
        best_before: null,
        expires_at: undefined,
      }),
    )

    expect(texts).toContain("Diproduksi:")
    expect(texts).not.toContain("Baik sebelum:")
    expect(texts).not.toContain("Kedaluwarsa:")
    expect(texts).not.toContain("Kemasan 250 g")
  })

  it("wraps a long title to two lines ending in an ellipsis", async () => {
    const title =
      "Tas Anyaman Pandan Motif Parang Rusak dengan Tali Kulit Sapi Asli dan Lapisan " +
      "Kain Katun Tenun Ikat Sumba Buatan Tangan Warga Binaan"
    const { texts } = await readLabel(
      await renderBatchLabel({ ...batch, product_title: title }),
    )

    const titleLines = texts.filter((text) => title.includes(text.replace(/\u2026$/, "")))
    expect(titleLines).toHaveLength(2)
    const [first, second] = titleLines
    expect(title.startsWith(first)).toBe(true)
    expect(second.endsWith("\u2026")).toBe(true)
    expect(title.indexOf(second.slice(0, -1))).toBeGreaterThan(first.length)
  })

  it("rejects a non-http url and an invalid date", async () => {
    await expect(
      renderBatchLabel({ ...batch, url: "karya.example/p/X" }),
    ).rejects.toThrow(/url/)
    await expect(renderBatchLabel({ ...batch, produced_at: "kemarin" })).rejects.toThrow(
      /produced_at/,
    )
  })
})
