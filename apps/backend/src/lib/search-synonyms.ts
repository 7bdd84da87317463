/**
 * Shoppers type Indonesian, English, or a mix, and often a colloquial spelling
 * ("kripik", "sambel"). Each group lists words that name the same goods, so any
 * of them finds products described with another. A word in several groups
 * ("kue") is a synonym of each group's words, while those words stay apart
 * ("cake" does not find "cookie"). Meilisearch takes them as synonyms; for every
 * engine the product index also stores a product's aliases, so PostgreSQL,
 * which has no synonyms, finds them too.
 */
export const SEARCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // kuliner olahan
  ["kripik", "keripik", "chips"],
  ["kerupuk", "krupuk", "crackers"],
  ["sambal", "sambel", "chili sauce"],
  ["madu", "honey"],
  ["kopi", "coffee"],
  ["teh", "tea"],
  ["kue", "cake"],
  ["kue", "cookie", "cookies", "kukis"],
  ["camilan", "cemilan", "snack", "snacks"],
  ["abon", "meat floss"],
  ["rendang", "randang"],
  ["gula aren", "gula merah", "palm sugar"],
  // kerajinan tangan
  ["tas", "bag"],
  ["dompet", "wallet"],
  ["batik", "kain batik"],
  ["rajut", "rajutan", "knit", "knitted"],
  ["rajut", "crochet"],
  ["anyaman", "anyam", "woven"],
  ["tenun", "tenunan", "woven"],
  ["sulam", "sulaman", "bordir", "embroidery"],
  ["sabun", "soap"],
  ["sandal", "sendal", "sandals"],
  ["sepatu", "shoes"],
  ["kulit", "leather"],
  ["keset", "doormat"],
  ["keranjang", "basket"],
  ["gantungan kunci", "keychain"],
  ["kaos", "kaus", "t-shirt"],
  ["bantal", "pillow", "cushion"],
  // hasil bengkel kerja
  ["meja", "table"],
  ["kursi", "chair"],
  ["lemari", "cupboard"],
  ["lemari", "wardrobe"],
  ["rak", "shelf"],
  ["rotan", "rattan"],
  ["jati", "teak"],
  ["kayu", "wood", "wooden"],
  ["bambu", "bamboo"],
  ["besi", "iron"],
  ["logam", "metal"],
]

/**
 * Words that carry no meaning of their own in a product search. Negations and
 * prepositions that change meaning ("tanpa gula", "bukan") are deliberately
 * absent.
 */
export const SEARCH_STOP_WORDS: readonly string[] = [
  "yang",
  "dan",
  "di",
  "ke",
  "dari",
  "untuk",
  "dengan",
  "ini",
  "itu",
  "atau",
  "pada",
  "dalam",
  "oleh",
  "sebagai",
  "adalah",
  "juga",
  "akan",
  "agar",
  "bagi",
  "serta",
  "maupun",
  "yaitu",
  "yakni",
  "para",
  "pun",
  "the",
  "an",
  "of",
  "and",
  "for",
  "with",
]

/** Meilisearch synonyms are one-directional, so each group is spelled out both ways. */
export function mutualSynonyms(
  groups: readonly (readonly string[])[],
): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>()
  for (const group of groups) {
    for (const word of group) {
      const others = synonyms.get(word) ?? new Set<string>()
      group.filter((other) => other !== word).forEach((other) => others.add(other))
      synonyms.set(word, others)
    }
  }
  return Object.fromEntries([...synonyms].map(([word, others]) => [word, [...others]]))
}

export const SEARCH_SYNONYMS = mutualSynonyms(SEARCH_SYNONYM_GROUPS)

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * The words of the groups a text touches that it does not already contain,
 * e.g. "Kripik Tempe" gives ["keripik", "chips"].
 */
export function synonymAliases(...texts: (string | null | undefined)[]): string[] {
  const present = new Set(texts.flatMap((text) => wordsOf(text ?? "")))
  const aliases = new Set<string>()
  for (const group of SEARCH_SYNONYM_GROUPS) {
    const touched = group.some((member) =>
      wordsOf(member).every((word) => present.has(word)),
    )
    if (touched) {
      for (const word of group) {
        if (!wordsOf(word).every((part) => present.has(part))) {
          aliases.add(word)
        }
      }
    }
  }
  return [...aliases]
}
