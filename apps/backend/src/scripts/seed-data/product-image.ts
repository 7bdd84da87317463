import sharp from "sharp"

import type { CategoryHandle } from "./categories"

export type ProductImageInput = {
  title: string
  category: CategoryHandle
  handle: string
}

// What fills the whole picture, and the product drawn in front of it.
type Illustration = { backdrop: string; subject: string }

type Palette = {
  background: string
  pattern: string
  accent: string
  panel: string
  ink: string
}

const SIZE = 800
const CENTER = SIZE / 2
// The subjects are drawn around y = 280; this moves them to the middle of the picture.
const SUBJECT_OFFSET = 120
// A shop photo as a phone camera's picture is resized for the web: 1200 px, JPEG.
const PHOTO_SIZE = 1200
const PHOTO_QUALITY = 82
const GRAIN_TILE = 256
// How far the grain moves a pixel from mid-grey before it is blended in, out of 255.
const GRAIN_STRENGTH = 20

const PALETTES: Record<CategoryHandle, readonly Palette[]> = {
  "kerajinan-tangan": [
    {
      background: "#8a4b2a",
      pattern: "#c98a55",
      accent: "#f1d3a2",
      panel: "#fbf3e6",
      ink: "#3b2114",
    },
    {
      background: "#5b3a29",
      pattern: "#a8704a",
      accent: "#e8c07d",
      panel: "#fbf3e6",
      ink: "#2f1d13",
    },
    {
      background: "#3f4a3c",
      pattern: "#7d8b62",
      accent: "#e2c98f",
      panel: "#f6f2e7",
      ink: "#262d24",
    },
  ],
  "kuliner-olahan": [
    {
      background: "#c2622d",
      pattern: "#e39a5b",
      accent: "#fbe3b8",
      panel: "#fff7ea",
      ink: "#4a2210",
    },
    {
      background: "#a83f2f",
      pattern: "#d9785c",
      accent: "#f8d9a8",
      panel: "#fff6ec",
      ink: "#461a12",
    },
    {
      background: "#b7862f",
      pattern: "#dcb463",
      accent: "#fff0c9",
      panel: "#fffaf0",
      ink: "#47340f",
    },
  ],
  "hasil-bengkel-kerja": [
    {
      background: "#6b4a2e",
      pattern: "#94693f",
      accent: "#d8b07a",
      panel: "#f7f0e4",
      ink: "#2e2013",
    },
    {
      background: "#4d3b2f",
      pattern: "#7c6148",
      accent: "#c9a67b",
      panel: "#f5efe6",
      ink: "#261d16",
    },
    {
      background: "#3d4346",
      pattern: "#6e6a5f",
      accent: "#c8a36e",
      panel: "#f3efe8",
      ink: "#24282a",
    },
  ],
}

/**
 * A self-contained 800x800 SVG of a product: category colours and a pattern that vary
 * deterministically with the handle. Same input, same bytes.
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

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="${palette.background}"/>`,
    illustration.backdrop,
    `<g transform="translate(0 ${SUBJECT_OFFSET})">${illustration.subject}</g>`,
    `</svg>`,
  ].join("")
}

/**
 * The product's photo as the shop would upload it: the drawing rasterised to a 1200 px JPEG
 * with a camera's grain, so pages and benchmarks carry the weight of real photographs
 * (about 150 kB each) rather than a few kB of vector art. Same input, same bytes.
 */
export async function productPhotoJpeg(product: ProductImageInput): Promise<Buffer> {
  const grain = await sharp(grainTile(hashString(product.handle)), {
    raw: { width: GRAIN_TILE, height: GRAIN_TILE, channels: 1 },
  })
    .png()
    .toBuffer()
  return sharp(Buffer.from(productImageSvg(product)), { density: (72 * PHOTO_SIZE) / SIZE })
    .composite([{ input: grain, tile: true, blend: "soft-light" }])
    .jpeg({ quality: PHOTO_QUALITY })
    .toBuffer()
}

function grainTile(seed: number): Buffer {
  const random = seededRandom(seed)
  const tile = Buffer.alloc(GRAIN_TILE * GRAIN_TILE)
  for (let index = 0; index < tile.length; index++) {
    tile[index] = Math.round(128 + (random() * 2 - 1) * GRAIN_STRENGTH)
  }
  return tile
}

// Batik-like: a repeated kawung tile behind a ceplok medallion of petals and rings.
function craftIllustration(
  palette: Palette,
  random: () => number,
  id: string,
): Illustration {
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

  const backdrop = [
    `<defs><pattern id="${id}" width="${tile}" height="${tile}" patternUnits="userSpaceOnUse" patternTransform="rotate(${rotation})">`,
    `<g fill="${palette.pattern}" opacity="0.55">${kawung}</g>`,
    `<circle cx="${half}" cy="${half}" r="${round(petal * 0.3)}" fill="${palette.accent}" opacity="0.6"/>`,
    `</pattern></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
  ].join("")
  const subject = [
    `<circle cx="${CENTER}" cy="${cy}" r="${ringRadius}" fill="${palette.background}" stroke="${palette.accent}" stroke-width="6"/>`,
    `<g fill="${palette.pattern}" stroke="${palette.accent}" stroke-width="3">${petalShapes.join("")}</g>`,
    `<circle cx="${CENTER}" cy="${cy}" r="${round(ringRadius * 0.28)}" fill="${palette.accent}"/>`,
    `<circle cx="${CENTER}" cy="${cy}" r="${round(ringRadius * 0.12)}" fill="${palette.background}"/>`,
  ].join("")
  return { backdrop, subject }
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
): Illustration {
  const tile = 90 + Math.floor(random() * 4) * 15
  const dots: string[] = []
  for (let index = 0; index < 4; index++) {
    dots.push(
      `<circle cx="${round(random() * tile)}" cy="${round(random() * tile)}" r="${round(3 + random() * 7)}"/>`,
    )
  }
  const shape = foodShapeFor(title, random)
  const backdrop = [
    `<defs><pattern id="${id}" width="${tile}" height="${tile}" patternUnits="userSpaceOnUse">`,
    `<g fill="${palette.pattern}" opacity="0.6">${dots.join("")}</g>`,
    `</pattern></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
  ].join("")
  const subject = [
    `<ellipse cx="${CENTER}" cy="470" rx="230" ry="34" fill="${palette.ink}" opacity="0.18"/>`,
    shape === "jar"
      ? jar(palette)
      : shape === "pouch"
        ? pouch(palette, random)
        : bowl(palette, random),
  ].join("")
  return { backdrop, subject }
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
function workshopIllustration(palette: Palette, random: () => number): Illustration {
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
  const backdrop = [
    `<rect width="${SIZE}" height="${SIZE}" fill="${palette.ink}"/>`,
    `<g${transform}>${planks.join("")}</g>`,
  ].join("")
  const subject = [
    `<rect x="300" y="180" width="200" height="200" rx="100" fill="${palette.panel}" opacity="0.92"/>`,
    `<path d="M330 250 H470 M352 250 V340 M448 250 V340 M352 300 H448" stroke="${palette.ink}" stroke-width="14" stroke-linecap="round" fill="none"/>`,
  ].join("")
  return { backdrop, subject }
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
