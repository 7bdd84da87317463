import { CATEGORIES, type CategoryHandle } from "./categories"

export type ProductImageInput = {
  title: string
  category: CategoryHandle
  handle: string
}

type Palette = {
  background: string
  pattern: string
  accent: string
  panel: string
  ink: string
  muted: string
}

const SIZE = 800
const CENTER = SIZE / 2
const PANEL_TOP = 548
const TITLE_MAX_WIDTH = 640
// Average glyph width of system-ui relative to its font size; enough to wrap without measuring text.
const GLYPH_WIDTH = 0.56
const MAX_TITLE_LINES = 3

const PALETTES: Record<CategoryHandle, readonly Palette[]> = {
  "kerajinan-tangan": [
    {
      background: "#8a4b2a",
      pattern: "#c98a55",
      accent: "#f1d3a2",
      panel: "#fbf3e6",
      ink: "#3b2114",
      muted: "#8a4b2a",
    },
    {
      background: "#5b3a29",
      pattern: "#a8704a",
      accent: "#e8c07d",
      panel: "#fbf3e6",
      ink: "#2f1d13",
      muted: "#7a4d33",
    },
    {
      background: "#3f4a3c",
      pattern: "#7d8b62",
      accent: "#e2c98f",
      panel: "#f6f2e7",
      ink: "#262d24",
      muted: "#55634f",
    },
  ],
  "kuliner-olahan": [
    {
      background: "#c2622d",
      pattern: "#e39a5b",
      accent: "#fbe3b8",
      panel: "#fff7ea",
      ink: "#4a2210",
      muted: "#b0521f",
    },
    {
      background: "#a83f2f",
      pattern: "#d9785c",
      accent: "#f8d9a8",
      panel: "#fff6ec",
      ink: "#461a12",
      muted: "#a83f2f",
    },
    {
      background: "#b7862f",
      pattern: "#dcb463",
      accent: "#fff0c9",
      panel: "#fffaf0",
      ink: "#47340f",
      muted: "#8f6720",
    },
  ],
  "hasil-bengkel-kerja": [
    {
      background: "#6b4a2e",
      pattern: "#94693f",
      accent: "#d8b07a",
      panel: "#f7f0e4",
      ink: "#2e2013",
      muted: "#6b4a2e",
    },
    {
      background: "#4d3b2f",
      pattern: "#7c6148",
      accent: "#c9a67b",
      panel: "#f5efe6",
      ink: "#261d16",
      muted: "#5e4838",
    },
    {
      background: "#3d4346",
      pattern: "#6e6a5f",
      accent: "#c8a36e",
      panel: "#f3efe8",
      ink: "#24282a",
      muted: "#575c5f",
    },
  ],
}

/**
 * A self-contained 800x800 SVG placeholder for a product photo: category colours, a pattern that
 * varies deterministically with the handle, and the wrapped title. Same input, same bytes.
 */
export function productImageSvg(product: ProductImageInput): string {
  const seed = hashString(product.handle)
  const random = seededRandom(seed)
  const palettes = PALETTES[product.category]
  const palette = palettes[seed % palettes.length]
  const id = `p${seed.toString(36)}`

  const illustration =
    product.category === "kerajinan-tangan"
      ? craftIllustration(palette, random, id)
      : product.category === "kuliner-olahan"
        ? foodIllustration(palette, random, id, product.title)
        : workshopIllustration(palette, random)

  const label = categoryName(product.category).toLocaleUpperCase("id-ID")
  const title = escapeXml(product.title)

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="${palette.background}"/>`,
    illustration,
    `<rect x="40" y="${PANEL_TOP}" width="720" height="212" rx="28" fill="${palette.panel}"/>`,
    titleBlock(product.title, label, palette),
    `</svg>`,
  ].join("")
}

function categoryName(category: CategoryHandle): string {
  return CATEGORIES.find((candidate) => candidate.handle === category)?.name ?? category
}

// Batik-like: a repeated kawung tile behind a ceplok medallion of petals and rings.
function craftIllustration(palette: Palette, random: () => number, id: string): string {
  const tile = 70 + Math.floor(random() * 5) * 10
  const half = tile / 2
  const petal = tile * 0.2
  const rotation = random() < 0.5 ? 0 : 45
  const petals = 6 + Math.floor(random() * 4) * 2
  const ringRadius = 150 + Math.floor(random() * 30)
  const cy = 280

  const kawung = [
    `<ellipse cx="${half}" cy="${round(half - petal)}" rx="${round(petal * 0.55)}" ry="${round(petal)}"/>`,
    `<ellipse cx="${half}" cy="${round(half + petal)}" rx="${round(petal * 0.55)}" ry="${round(petal)}"/>`,
    `<ellipse cx="${round(half - petal)}" cy="${half}" rx="${round(petal)}" ry="${round(petal * 0.55)}"/>`,
    `<ellipse cx="${round(half + petal)}" cy="${half}" rx="${round(petal)}" ry="${round(petal * 0.55)}"/>`,
  ].join("")

  const petalShapes: string[] = []
  for (let index = 0; index < petals; index++) {
    const angle = (360 / petals) * index
    petalShapes.push(
      `<ellipse cx="${CENTER}" cy="${cy - ringRadius * 0.62}" rx="${round(ringRadius * 0.16)}" ry="${round(ringRadius * 0.34)}" transform="rotate(${round(angle)} ${CENTER} ${cy})"/>`,
    )
  }

  return [
    `<defs><pattern id="${id}" width="${tile}" height="${tile}" patternUnits="userSpaceOnUse" patternTransform="rotate(${rotation})">`,
    `<g fill="${palette.pattern}" opacity="0.55">${kawung}</g>`,
    `<circle cx="${half}" cy="${half}" r="${round(petal * 0.3)}" fill="${palette.accent}" opacity="0.6"/>`,
    `</pattern></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
    `<circle cx="${CENTER}" cy="${cy}" r="${ringRadius}" fill="${palette.background}" stroke="${palette.accent}" stroke-width="6"/>`,
    `<g fill="${palette.pattern}" stroke="${palette.accent}" stroke-width="3">${petalShapes.join("")}</g>`,
    `<circle cx="${CENTER}" cy="${cy}" r="${round(ringRadius * 0.28)}" fill="${palette.accent}"/>`,
    `<circle cx="${CENTER}" cy="${cy}" r="${round(ringRadius * 0.12)}" fill="${palette.background}"/>`,
  ].join("")
}

type FoodShape = "jar" | "pouch" | "bowl"

function foodShapeFor(title: string, random: () => number): FoodShape {
  const lower = title.toLowerCase()
  if (/sambal|abon|nastar|kastengel|kue|selai|madu/.test(lower)) return "jar"
  if (/kopi|keripik|kerupuk|kacang|dodol|rengginang|teh/.test(lower)) return "pouch"
  const shapes: FoodShape[] = ["jar", "pouch", "bowl"]
  return shapes[Math.floor(random() * shapes.length)]
}

// Scattered "spice" dots behind a jar, a standing pouch or a bowl.
function foodIllustration(
  palette: Palette,
  random: () => number,
  id: string,
  title: string,
): string {
  const tile = 90 + Math.floor(random() * 4) * 15
  const dots: string[] = []
  for (let index = 0; index < 4; index++) {
    dots.push(
      `<circle cx="${round(random() * tile)}" cy="${round(random() * tile)}" r="${round(3 + random() * 7)}"/>`,
    )
  }
  const shape = foodShapeFor(title, random)
  return [
    `<defs><pattern id="${id}" width="${tile}" height="${tile}" patternUnits="userSpaceOnUse">`,
    `<g fill="${palette.pattern}" opacity="0.6">${dots.join("")}</g>`,
    `</pattern></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
    `<ellipse cx="${CENTER}" cy="470" rx="230" ry="34" fill="${palette.ink}" opacity="0.18"/>`,
    shape === "jar"
      ? jar(palette)
      : shape === "pouch"
        ? pouch(palette, random)
        : bowl(palette, random),
  ].join("")
}

function jar(palette: Palette): string {
  return [
    `<rect x="270" y="110" width="260" height="58" rx="14" fill="${palette.ink}"/>`,
    `<rect x="240" y="160" width="320" height="310" rx="48" fill="${palette.accent}" stroke="${palette.ink}" stroke-width="6"/>`,
    `<rect x="240" y="250" width="320" height="120" fill="${palette.panel}" stroke="${palette.ink}" stroke-width="6"/>`,
    `<circle cx="${CENTER}" cy="310" r="36" fill="${palette.background}"/>`,
    `<rect x="268" y="190" width="22" height="44" rx="11" fill="${palette.panel}" opacity="0.7"/>`,
  ].join("")
}

function pouch(palette: Palette, random: () => number): string {
  const stripe = round(290 + random() * 40)
  return [
    `<path d="M270 120 H530 L560 470 H240 Z" fill="${palette.accent}" stroke="${palette.ink}" stroke-width="6" stroke-linejoin="round"/>`,
    `<path d="M266 160 H534" stroke="${palette.ink}" stroke-width="4" stroke-dasharray="10 8"/>`,
    `<rect x="282" y="${stripe - 55}" width="236" height="110" rx="18" fill="${palette.panel}" stroke="${palette.ink}" stroke-width="4"/>`,
    `<circle cx="${CENTER}" cy="${stripe}" r="30" fill="${palette.background}"/>`,
  ].join("")
}

function bowl(palette: Palette, random: () => number): string {
  const crumbs: string[] = []
  for (let index = 0; index < 9; index++) {
    crumbs.push(
      `<circle cx="${round(270 + random() * 260)}" cy="${round(225 + random() * 60)}" r="${round(14 + random() * 14)}"/>`,
    )
  }
  return [
    `<g fill="${palette.accent}" stroke="${palette.ink}" stroke-width="4">${crumbs.join("")}</g>`,
    `<path d="M190 290 H610 A210 170 0 0 1 190 290 Z" fill="${palette.panel}" stroke="${palette.ink}" stroke-width="6"/>`,
    `<path d="M250 330 Q400 380 550 330" fill="none" stroke="${palette.background}" stroke-width="10" stroke-linecap="round"/>`,
  ].join("")
}

// Planks with wood grain and knots, laid horizontally or vertically depending on the handle.
function workshopIllustration(palette: Palette, random: () => number): string {
  const count = 5 + Math.floor(random() * 3)
  const gap = 8
  const plank = (SIZE - gap * (count - 1)) / count
  const shades = [palette.pattern, palette.background]
  const planks: string[] = []

  for (let index = 0; index < count; index++) {
    const top = round(index * (plank + gap))
    const fill = shades[Math.floor(random() * shades.length)]
    const grain: string[] = []
    for (let line = 1; line <= 3; line++) {
      const y = round(top + (plank * line) / 4)
      const bend = round((random() - 0.5) * plank * 0.5)
      grain.push(`M0 ${y} C260 ${round(y + bend)} 540 ${round(y - bend)} ${SIZE} ${y}`)
    }
    const knotX = round(80 + random() * (SIZE - 160))
    const knotY = round(top + plank * (0.3 + random() * 0.4))
    planks.push(
      `<rect y="${top}" width="${SIZE}" height="${round(plank)}" fill="${fill}"/>`,
      `<path d="${grain.join(" ")}" fill="none" stroke="${palette.ink}" stroke-opacity="0.25" stroke-width="3"/>`,
      `<ellipse cx="${knotX}" cy="${knotY}" rx="${round(14 + random() * 12)}" ry="${round(7 + random() * 5)}" fill="none" stroke="${palette.ink}" stroke-opacity="0.35" stroke-width="4"/>`,
    )
  }

  const vertical = random() < 0.5
  const transform = vertical ? ` transform="rotate(90 ${CENTER} ${CENTER})"` : ""
  return [
    `<rect width="${SIZE}" height="${SIZE}" fill="${palette.ink}"/>`,
    `<g${transform}>${planks.join("")}</g>`,
    `<rect x="300" y="180" width="200" height="200" rx="100" fill="${palette.panel}" opacity="0.92"/>`,
    `<path d="M330 250 H470 M352 250 V340 M448 250 V340 M352 300 H448" stroke="${palette.ink}" stroke-width="14" stroke-linecap="round" fill="none"/>`,
  ].join("")
}

function titleBlock(title: string, label: string, palette: Palette): string {
  const { lines, fontSize } = wrapTitle(title)
  const lineHeight = Math.round(fontSize * 1.15)
  const labelY = PANEL_TOP + 44
  const blockTop = labelY + 22
  const blockHeight = PANEL_TOP + 212 - blockTop
  const firstBaseline = Math.round(
    blockTop + (blockHeight - lineHeight * lines.length) / 2 + fontSize * 0.85,
  )
  const tspans = lines
    .map(
      (line, index) =>
        `<tspan x="${CENTER}" y="${firstBaseline + index * lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join("")

  return [
    `<text x="${CENTER}" y="${labelY}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="20" font-weight="600" letter-spacing="3" fill="${palette.muted}">${escapeXml(label)}</text>`,
    `<text text-anchor="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="700" fill="${palette.ink}">${tspans}</text>`,
  ].join("")
}

// Short titles get a large font on up to two lines; longer ones shrink before being cut.
const TITLE_SIZES: readonly { fontSize: number; maxLines: number }[] = [
  { fontSize: 52, maxLines: 2 },
  { fontSize: 44, maxLines: MAX_TITLE_LINES },
  { fontSize: 38, maxLines: MAX_TITLE_LINES },
]

/** Greedy word wrap onto at most three lines; whatever does not fit is cut with "…". */
export function wrapTitle(title: string): { lines: string[]; fontSize: number } {
  for (const { fontSize, maxLines } of TITLE_SIZES) {
    const lines = wrapWords(title, maxCharsPerLine(fontSize))
    if (lines.length <= maxLines) {
      return { lines, fontSize }
    }
  }
  const { fontSize } = TITLE_SIZES[TITLE_SIZES.length - 1]
  const maxChars = maxCharsPerLine(fontSize)
  const kept = wrapWords(title, maxChars).slice(0, MAX_TITLE_LINES)
  const last = kept[MAX_TITLE_LINES - 1]
  kept[MAX_TITLE_LINES - 1] = `${last.slice(0, maxChars - 1).trimEnd()}…`
  return { lines: kept, fontSize }
}

function maxCharsPerLine(fontSize: number): number {
  return Math.floor(TITLE_MAX_WIDTH / (fontSize * GLYPH_WIDTH))
}

function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let current = ""
  for (const word of text.trim().split(/\s+/)) {
    for (const piece of splitLongWord(word, maxChars)) {
      if (current === "") {
        current = piece
      } else if (current.length + 1 + piece.length <= maxChars) {
        current = `${current} ${piece}`
      } else {
        lines.push(current)
        current = piece
      }
    }
  }
  if (current !== "") lines.push(current)
  return lines
}

function splitLongWord(word: string, maxChars: number): string[] {
  const pieces: string[] = []
  for (let start = 0; start < word.length; start += maxChars) {
    pieces.push(word.slice(start, start + maxChars))
  }
  return pieces
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

// FNV-1a: small, stable across runs and platforms.
function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

// mulberry32
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
