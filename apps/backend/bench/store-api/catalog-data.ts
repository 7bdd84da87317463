import { WORKSHOPS } from "../../src/scripts/seed-data"
import { FLAVOURS, KINDS, MATERIALS, PLACES, random } from "../catalog-words"

/** Bumped with every change to what generate-catalog writes: cached catalogs are rebuilt. */
export const GENERATOR_VERSION = 3
export const SEED = 20261130
export const VARIANTS_PER_PRODUCT = 3

export type GeneratedProduct = {
  title: string
  handle: string
  description: string
  workshop: string
  weight: number
  material: string | null
  batch_code: string
  produced_at: Date
  variants: { title: string; sku: string; price: number; stock: number }[]
}

const SIZES = ["Kecil", "Sedang", "Besar"]
// Crockford's base32, as real batch codes; the "B" prefix keeps them apart from the demo's.
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** `count` products made by the given workshops, the same for the same seed. */
export function generatedProducts(
  count: number,
  workshops: string[],
): GeneratedProduct[] {
  const next = random(SEED)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const makers = WORKSHOPS.filter((workshop) => workshops.includes(workshop.handle))
  return Array.from({ length: count }, (_, i) => {
    const workshop = pick(makers)
    const food = workshop.category === "kuliner-olahan"
    const kind = pick(KINDS[workshop.category])
    const variety = food ? pick(FLAVOURS) : pick(MATERIALS)
    const base = 10_000 + Math.floor(next() * 300) * 5_000
    const code = Array.from({ length: 9 }, () => pick([...CODE_ALPHABET])).join("")
    return {
      title: `${kind} ${variety} ${pick(PLACES)} ${i + 1}`,
      handle: `bench-${i + 1}`,
      description: `${kind} ${variety.toLowerCase()} buatan ${workshop.name}.`,
      workshop: workshop.handle,
      weight: food ? 250 : 500 + Math.floor(next() * 20) * 500,
      material: food ? null : variety,
      batch_code: `B${code}`,
      produced_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      variants: SIZES.slice(0, VARIANTS_PER_PRODUCT).map((size, v) => ({
        title: size,
        sku: `BENCH-${i + 1}-${v + 1}`,
        price: base + v * 5_000,
        stock: 50 + Math.floor(next() * 500),
      })),
    }
  })
}
