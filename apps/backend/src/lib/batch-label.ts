import {
  PDFDocument,
  PDFFont,
  PDFHexString,
  PDFPage,
  StandardFonts,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
} from "pdf-lib"
import * as QRCode from "qrcode"
import { fitLine, toWinAnsi, wrapText } from "./pdf-text"

export type BatchLabelData = {
  /** Public batch code, e.g. "7KQ2M9XH4P". */
  code: string
  /** Storefront provenance page of the batch, e.g. "https://karya.example/p/7KQ2M9XH4P". */
  url: string
  product_title: string
  variant_title?: string | null
  workshop_name: string
  facility_name: string
  produced_at: Date | string
  best_before?: Date | string | null
  expires_at?: Date | string | null
}

const MARKETPLACE = "Karya Lapas"

const MM = 72 / 25.4
const PAGE_WIDTH = 100 * MM
const PAGE_HEIGHT = 60 * MM

// The QR box includes its quiet zone, so it can sit close to the label edge: the blank
// modules double as the margin thermal printers need.
const QR_BOX = 47 * MM
const QR_OFFSET = 1.5 * MM
const QUIET_ZONE_MODULES = 4

const COLUMN_X = 50 * MM
const COLUMN_WIDTH = PAGE_WIDTH - COLUMN_X - 3 * MM
const TOP_MARGIN = 5 * MM
const BOTTOM_BASELINE = 3.2 * MM

const TITLE_SIZE = 12
const TITLE_LEADING = 14
const VARIANT_SIZE = 9
const BODY_SIZE = 8.5
const BODY_LEADING = 11
const CODE_MAX_SIZE = 16
const TAGLINE_SIZE = 6.5

// Thermal printers have no grey: everything is solid black.
const BLACK = rgb(0, 0, 0)

const dateFormat = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Asia/Jakarta",
})

/** One label page, 100 mm x 60 mm (typical thermal label). */
export async function renderBatchLabel(data: BatchLabelData): Promise<Uint8Array> {
  assertHttpUrl(data.url)
  // Format dates first so an invalid one fails before anything is drawn.
  const produced = formatDate(data.produced_at, "produced_at")
  const bestBefore = data.best_before ? formatDate(data.best_before, "best_before") : null
  const expires = data.expires_at ? formatDate(data.expires_at, "expires_at") : null

  const doc = await PDFDocument.create({ updateMetadata: false })
  const now = new Date()
  doc.setTitle(`Label batch ${data.code}`)
  doc.setSubject(`Label asal-usul produk: ${data.url}`)
  doc.setCreator(MARKETPLACE)
  doc.setProducer(`${MARKETPLACE} (pdf-lib)`)
  doc.setLanguage("id-ID")
  doc.setCreationDate(now)
  doc.setModificationDate(now)

  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const mono = await doc.embedFont(StandardFonts.CourierBold)
  // All Latin standard fonts share the WinAnsi encoding, so one character set serves all.
  const supported = new Set(regular.getCharacterSet())
  const clean = (text: string) => toWinAnsi(text, supported)

  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT])
  const qrLeft = QR_OFFSET
  const qrBottom = PAGE_HEIGHT - QR_OFFSET - QR_BOX
  drawQrCode(page, data.url, qrLeft, qrBottom, QR_BOX)
  addLink(doc, page, data.url, [qrLeft, qrBottom, qrLeft + QR_BOX, qrBottom + QR_BOX])

  // Under the QR: the code people can type in, then what the QR is for.
  const qrCenter = qrLeft + QR_BOX / 2
  const tagline = clean("Pindai untuk asal-usul produk")
  const taglineWidth = regular.widthOfTextAtSize(tagline, TAGLINE_SIZE)
  page.drawText(tagline, {
    x: qrCenter - taglineWidth / 2,
    y: BOTTOM_BASELINE,
    size: TAGLINE_SIZE,
    font: regular,
    color: BLACK,
  })
  const code = clean(data.code)
  const codeSize = Math.min(
    CODE_MAX_SIZE,
    (QR_BOX - 4 * MM) / Math.max(mono.widthOfTextAtSize(code, 1), 1),
  )
  page.drawText(code, {
    x: qrCenter - mono.widthOfTextAtSize(code, codeSize) / 2,
    y: BOTTOM_BASELINE + TAGLINE_SIZE + 5,
    size: codeSize,
    font: mono,
    color: BLACK,
  })

  // Right column, top down: what it is and who made it.
  let y = PAGE_HEIGHT - TOP_MARGIN - bold.heightAtSize(TITLE_SIZE, { descender: false })
  const draw = (line: string, font: PDFFont, size: number) =>
    page.drawText(line, { x: COLUMN_X, y, size, font, color: BLACK })

  for (const line of wrapText(
    clean(data.product_title),
    bold,
    TITLE_SIZE,
    COLUMN_WIDTH,
    2,
  )) {
    draw(line, bold, TITLE_SIZE)
    y -= TITLE_LEADING
  }
  const variant = data.variant_title ? clean(data.variant_title) : ""
  if (variant) {
    draw(fitLine(variant, regular, VARIANT_SIZE, COLUMN_WIDTH), regular, VARIANT_SIZE)
    y -= BODY_LEADING
  }
  y -= 4
  for (const line of wrapText(
    clean(`Bengkel: ${data.workshop_name}`),
    regular,
    BODY_SIZE,
    COLUMN_WIDTH,
    2,
  )) {
    draw(line, regular, BODY_SIZE)
    y -= BODY_LEADING
  }
  for (const line of wrapText(
    clean(data.facility_name),
    regular,
    BODY_SIZE,
    COLUMN_WIDTH,
    2,
  )) {
    draw(line, regular, BODY_SIZE)
    y -= BODY_LEADING
  }

  // Dates sit at the bottom, level with the line under the QR, whatever the text above.
  const dates: [string, string][] = [["Diproduksi:", produced]]
  if (bestBefore) dates.push(["Baik sebelum:", bestBefore])
  if (expires) dates.push(["Kedaluwarsa:", expires])
  // Values share one left edge, past the widest label.
  const valueX =
    COLUMN_X +
    Math.max(...dates.map(([label]) => regular.widthOfTextAtSize(label, BODY_SIZE))) +
    regular.widthOfTextAtSize(" ", BODY_SIZE)
  dates.forEach(([label, value], index) => {
    const baseline = BOTTOM_BASELINE + (dates.length - 1 - index) * BODY_LEADING
    page.drawText(label, {
      x: COLUMN_X,
      y: baseline,
      size: BODY_SIZE,
      font: regular,
      color: BLACK,
    })
    page.drawText(clean(value), {
      x: valueX,
      y: baseline,
      size: BODY_SIZE,
      font: bold,
      color: BLACK,
    })
  })

  return doc.save()
}

/**
 * Draws every dark module as its own square, all in one path filled once: vector output
 * stays sharp at any printer resolution, and a single fill leaves no hairline seams
 * between neighbouring modules.
 */
function drawQrCode(page: PDFPage, url: string, x: number, y: number, box: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" })
  const count = modules.size
  const cell = box / (count + 2 * QUIET_ZONE_MODULES)
  const left = x + QUIET_ZONE_MODULES * cell
  const top = y + box - QUIET_ZONE_MODULES * cell

  const operators = [pushGraphicsState(), setFillingGrayscaleColor(0)]
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (modules.get(row, col)) {
        // PDF y grows upwards, QR rows grow downwards.
        operators.push(rectangle(left + col * cell, top - (row + 1) * cell, cell, cell))
      }
    }
  }
  operators.push(fill(), popGraphicsState())
  page.pushOperators(...operators)
}

/** A URI link over the QR code, so the label also works when opened on screen. */
function addLink(
  doc: PDFDocument,
  page: PDFPage,
  url: string,
  rect: [number, number, number, number],
) {
  // URI actions must be 7-bit ASCII; a hex string needs no escaping of parens or "\".
  const uri = /^[\x21-\x7e]+$/.test(url) ? url : new URL(url).href
  const link = doc.context.register(
    doc.context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: rect,
      Border: [0, 0, 0],
      A: {
        Type: "Action",
        S: "URI",
        URI: PDFHexString.of(Buffer.from(uri, "latin1").toString("hex")),
      },
    }),
  )
  page.node.addAnnot(link)
}

function assertHttpUrl(url: string) {
  const protocol = URL.canParse(url) ? new URL(url).protocol : null
  if (protocol !== "https:" && protocol !== "http:") {
    throw new TypeError(`url must be an absolute http(s) URL, got "${url}"`)
  }
}

function formatDate(value: Date | string, name: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} is not a valid date: ${String(value)}`)
  }
  return dateFormat.format(date)
}
