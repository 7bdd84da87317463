import {
  type Color,
  PDFDocument,
  PDFFont,
  PDFPage,
  PageSizes,
  StandardFonts,
  rgb,
} from "pdf-lib"
import { toWinAnsi, wrapText } from "./pdf-text"

export type PackingSlipInput = {
  /** The sender, e.g. "Rutan Kelas IIB Bengkulu", with a one-line address. */
  facility: { name: string; address: string | null }
  order: { display_id: number; placed_at: Date }
  delivery: "courier" | "freight" | "pickup"
  /** e.g. "Kurir Reguler" or "Ambil di Rutan Kelas IIB Bengkulu". */
  shipping_method: string
  recipient: {
    name: string
    phone: string | null
    /** Already formatted; ignored for pickup, where nothing is delivered. */
    address_lines: string[]
  }
  items: {
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
  }[]
  printed_at: Date
}

type Line = { text: string; font: PDFFont; size: number; color: Color }
type Align = "left" | "right" | "center"

const MARKETPLACE = "Karya Lapas"
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4
const MARGIN = 42
const WIDTH = PAGE_WIDTH - 2 * MARGIN
const GUTTER = 24
// Rows stop here so they never run into the footer.
const TABLE_BOTTOM = MARGIN + 34
const LINE_HEIGHT = 1.3
const PAD = 5
const BOX = 10
const BLACK = rgb(0, 0, 0)
const GREY = rgb(0.35, 0.35, 0.35)
const SHADE = rgb(0.9, 0.9, 0.9)

const COLUMNS: { label: string; width: number; align: Align }[] = [
  { label: "No", width: 28, align: "right" },
  // The product column takes whatever width the others leave.
  { label: "Produk", width: WIDTH - 28 - 112 - 50 - 52, align: "left" },
  { label: "SKU", width: 112, align: "left" },
  { label: "Jumlah", width: 50, align: "right" },
  { label: "Dikemas", width: 52, align: "center" },
]
const COLUMN_X = COLUMNS.map((_, i) =>
  COLUMNS.slice(0, i).reduce((x, column) => x + column.width, MARGIN),
)

const jakarta = { timeZone: "Asia/Jakarta" } as const
const dateFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", ...jakarta })
const timeFormat = new Intl.DateTimeFormat("id-ID", { timeStyle: "short", ...jakarta })
const countFormat = new Intl.NumberFormat("id-ID")

/** A4 packing slip for the parcel: who sends, who receives, what to pack. No prices. */
export async function packingSlipPdf(input: PackingSlipInput): Promise<Uint8Array> {
  const { order, recipient } = input
  const orderLabel = `Pesanan #${order.display_id}`
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setTitle(`Slip Pengemasan #${order.display_id}`)
  doc.setLanguage("id-ID")
  doc.setCreator(MARKETPLACE)
  doc.setProducer(`${MARKETPLACE} (pdf-lib)`)
  doc.setCreationDate(input.printed_at)
  doc.setModificationDate(input.printed_at)

  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  // Both fonts share the WinAnsi encoding, so one character set serves both.
  const supported = new Set(regular.getCharacterSet())
  const text = (value: string, width: number, maxLines = 1, font = regular, size = 10) =>
    // A "?" marks a character the fonts cannot print, so staff know the name goes on.
    wrapText(toWinAnsi(value, supported, "?"), font, size, width, maxLines).map(
      (line): Line => ({ text: line, font, size, color: BLACK }),
    )
  const grey = (lines: Line[]) => lines.map((line) => ({ ...line, color: GREY }))

  let page = doc.addPage(PageSizes.A4)
  let y = PAGE_HEIGHT - MARGIN
  const newPage = () => {
    page = doc.addPage(PageSizes.A4)
    y = PAGE_HEIGHT - MARGIN
  }
  drawLines(page, text("Slip Pengemasan", WIDTH / 2, 1, bold, 18), MARGIN, y, WIDTH)
  drawLines(page, text(orderLabel, WIDTH / 2, 1, bold, 18), MARGIN, y, WIDTH, "right")
  y -= 26
  const placed = `Tanggal pesanan: ${dateFormat.format(order.placed_at)}`
  y = drawLines(page, text(placed, WIDTH), MARGIN, y, WIDTH) - 14

  const half = (WIDTH - GUTTER) / 2
  const sender = [
    ...grey(text("Pengirim", half, 1, bold, 9)),
    ...text(input.facility.name, half, 2, bold),
    ...(input.facility.address ? text(input.facility.address, half, 3) : []),
  ]
  const receiver = [
    ...grey(text("Penerima", half, 1, bold, 9)),
    ...text(recipient.name, half, 2, bold),
    ...(recipient.phone ? text(`Telp. ${recipient.phone}`, half) : []),
    ...(input.delivery === "pickup"
      ? text("Diambil di fasilitas", half, 1, bold)
      : recipient.address_lines.flatMap((line) => text(line, half, 2))),
  ]
  y =
    Math.min(
      drawLines(page, sender, MARGIN, y, half),
      drawLines(page, receiver, MARGIN + half + GUTTER, y, half),
    ) - 10
  const method = `Metode pengiriman: ${input.shipping_method}`
  y = drawLines(page, text(method, WIDTH, 2), MARGIN, y, WIDTH) - 14

  const cellWidth = (i: number) => COLUMNS[i].width - 2 * PAD
  const drawHeader = () => {
    const height = 9 * LINE_HEIGHT + 2 * PAD
    page.drawRectangle({ x: MARGIN, y: y - height, width: WIDTH, height, color: SHADE })
    COLUMNS.forEach(({ label, align }, i) => {
      const cell = text(label, cellWidth(i), 1, bold, 9)
      drawLines(page, cell, COLUMN_X[i] + PAD, y - PAD, cellWidth(i), align)
    })
    y -= height
  }
  drawHeader()

  input.items.forEach((item, index) => {
    const cells = [
      text(String(index + 1), cellWidth(0)),
      [
        ...text(item.title, cellWidth(1), 3),
        ...grey(
          item.variant_title ? text(item.variant_title, cellWidth(1), 2, regular, 9) : [],
        ),
      ],
      // A SKU is read character by character, so it wraps rather than loses its end.
      text(item.sku || "-", cellWidth(2), 2, regular, 9),
      text(countFormat.format(item.quantity), cellWidth(3), 1, bold),
    ]
    const height = Math.max(...cells.map(linesHeight)) + 2 * PAD
    if (y - height < TABLE_BOTTOM) {
      newPage()
      drawHeader()
    }
    cells.forEach((cell, i) =>
      drawLines(page, cell, COLUMN_X[i] + PAD, y - PAD, cellWidth(i), COLUMNS[i].align),
    )
    // An empty box, ticked by hand once the item is in the parcel.
    page.drawRectangle({
      x: COLUMN_X[4] + (COLUMNS[4].width - BOX) / 2,
      y: y - PAD - BOX - 1,
      width: BOX,
      height: BOX,
      borderColor: BLACK,
      borderWidth: 0.8,
    })
    y -= height
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: MARGIN + WIDTH, y },
      thickness: 0.5,
      color: GREY,
    })
  })

  const units = input.items.reduce((sum, item) => sum + item.quantity, 0)
  const total = text(`Total: ${countFormat.format(units)} unit`, WIDTH, 1, bold)
  if (y - linesHeight(total) - 8 < TABLE_BOTTOM) newPage()
  drawLines(page, total, MARGIN, y - 8, COLUMN_X[4] - MARGIN - PAD, "right")

  // Footers last: only now is the page count known.
  const at = input.printed_at
  const printed = `Dicetak ${dateFormat.format(at)} ${timeFormat.format(at)} WIB`
  const small = (value: string, font = regular) => grey(text(value, half, 1, font, 8))
  const pages = doc.getPages()
  pages.forEach((footer, i) => {
    const top = MARGIN + 2 * 8 * LINE_HEIGHT
    const left = [...small("Slip ini tidak memuat harga.", bold), ...small(printed)]
    const right = [
      ...small(orderLabel),
      ...small(`Halaman ${i + 1} dari ${pages.length}`),
    ]
    drawLines(footer, left, MARGIN, top, half)
    drawLines(footer, right, MARGIN + half + GUTTER, top, half, "right")
  })

  return doc.save()
}

function linesHeight(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0)
}

/** Draws lines down from `top`; returns where the next line would start. */
function drawLines(
  page: PDFPage,
  lines: Line[],
  x: number,
  top: number,
  width: number,
  align: Align = "left",
): number {
  let y = top
  for (const { text, font, size, color } of lines) {
    y -= size * LINE_HEIGHT
    const spare = width - font.widthOfTextAtSize(text, size)
    const offset = align === "left" ? 0 : align === "right" ? spare : spare / 2
    page.drawText(text, { x: x + offset, y: y + size * 0.3, size, font, color })
  }
  return y
}
