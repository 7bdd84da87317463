/**
 * Text for PDFs drawn with pdf-lib's standard fonts (the batch label, the
 * packing slip): made encodable, wrapped to a column, cut with an ellipsis.
 */
import type { PDFFont } from "pdf-lib"

const ELLIPSIS = "\u2026"
const graphemes = new Intl.Segmenter("id", { granularity: "grapheme" })

/**
 * The standard fonts only encode WinAnsi and pdf-lib throws on anything else. Keeps what
 * they can encode, strips accents they cannot ("ā" -> "a", "ﬁ" -> "fi") and puts
 * `replacement` for the rest (emoji, CJK), once per visible character: a document with
 * a gap beats one that fails to print. Whitespace runs become one space.
 */
export function toWinAnsi(
  text: string,
  supported: ReadonlySet<number>,
  replacement = "",
): string {
  const encodable = (char: string) => supported.has(char.codePointAt(0)!)
  let out = ""
  for (const { segment } of graphemes.segment(
    text.normalize("NFC").replace(/\s+/g, " "),
  )) {
    if ([...segment].every(encodable)) {
      out += segment
      continue
    }
    const base = [...segment.normalize("NFKD")].filter(encodable).join("")
    // Invisible format characters (zero-width space, BOM) simply go.
    out += base || (/^\p{C}+$/u.test(segment) ? "" : replacement)
  }
  return out.replace(/ {2,}/g, " ").trim()
}

/** Cuts a line to `width`, ending it in an ellipsis when anything was cut. */
export function fitLine(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
): string {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width
  if (fits(text)) return text
  // Bounded, so a pathological text costs a few hundred measurements at most.
  let kept = text.slice(0, 300)
  while (kept && !fits(`${kept.trimEnd()}${ELLIPSIS}`)) kept = kept.slice(0, -1)
  return `${kept.trimEnd()}${ELLIPSIS}`
}

/**
 * Greedy word wrap to `width`. Words wider than the column break between characters; past
 * `maxLines` the last line ends in an ellipsis. Text is WinAnsi, so one char = one glyph.
 */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
  maxLines: number,
): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width
  const lines: string[] = []
  let current = ""
  for (const word of text.split(" ").filter(Boolean)) {
    // Enough lines to know the text gets cut; the ellipsis handles the rest.
    if (lines.length > maxLines) break
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    current = word
    while (!fits(current) && lines.length <= maxLines) {
      let cut = 1
      while (cut < current.length - 1 && fits(current.slice(0, cut + 1))) cut++
      lines.push(current.slice(0, cut))
      current = current.slice(cut)
    }
  }
  if (current) lines.push(current)
  if (lines.length <= maxLines) return lines
  const rest = lines.slice(maxLines - 1).join(" ")
  return [
    ...lines.slice(0, maxLines - 1),
    fitLine(`${rest}${ELLIPSIS}`, font, size, width),
  ]
}
