import levenshtein from "damerau-levenshtein"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEARCH_SYNONYM_GROUPS } from "./search-synonyms"

/**
 * Close spellings for search engines without typo tolerance of their own
 * (PostgreSQL's trigram matching scores unrelated products almost as high as
 * the right ones, and costs a scan of every product's text). A misspelt word
 * is replaced by the word of the catalog's names it is closest to, by the same
 * rule as Meilisearch's typo tolerance: one edit from 4 letters, two from 8; a
 * swap of two letters is one edit. The half-typed last word is compared with
 * the start of each word.
 */

const ONE_TYPO_FROM = 4
const TWO_TYPOS_FROM = 8
const REFRESH_MS = 5 * 60_000

/** Words of published products' titles, tags and categories, with how many products use each. */
const VOCABULARY_SQL = `
select word, count(distinct product_id)::int as products
from (
  select p.id as product_id, p.title as text from product p
  where p.status = 'published' and p.deleted_at is null
  union all
  select ptg.product_id, t.value from product_tags ptg
  join product_tag t on t.id = ptg.product_tag_id and t.deleted_at is null
  union all
  select pcp.product_id, c.name from product_category_product pcp
  join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
) texts
cross join lateral regexp_split_to_table(lower(text), '[^[:alnum:]]+') as word
where length(word) >= 3
group by word
`

export type Vocabulary = Map<string, number>

let cached: { loadedAt: number; vocabulary: Promise<Vocabulary> } | undefined

/** The catalog's words, read at most every five minutes. */
export function catalogVocabulary(pg: Knex, now = Date.now()): Promise<Vocabulary> {
  if (!cached || now - cached.loadedAt > REFRESH_MS) {
    const vocabulary = pg
      .raw<{ rows: { word: string; products: number }[] }>(VOCABULARY_SQL)
      .then(({ rows }) => {
        const words: Vocabulary = new Map(rows.map((row) => [row.word, row.products]))
        for (const word of SEARCH_SYNONYM_GROUPS.flat().flatMap(wordsOf)) {
          if (!words.has(word)) words.set(word, 0)
        }
        return words
      })
    // A failed read is retried on the next search rather than kept.
    vocabulary.catch(() => (cached = undefined))
    cached = { loadedAt: now, vocabulary }
  }
  return cached.vocabulary
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

const allowedEdits = (word: string) =>
  word.length >= TWO_TYPOS_FROM ? 2 : word.length >= ONE_TYPO_FROM ? 1 : 0

function closest(word: string, vocabulary: Vocabulary, asPrefix: boolean): string | null {
  const edits = allowedEdits(word)
  let best: { word: string; steps: number; products: number } | null = null
  for (const [candidate, products] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > edits && !asPrefix) continue
    const compared = asPrefix ? candidate.slice(0, word.length) : candidate
    const { steps } = levenshtein(word, compared)
    if (
      steps <= edits &&
      (!best || steps < best.steps || (steps === best.steps && products > best.products))
    ) {
      best = { word: asPrefix ? compared : candidate, steps, products }
    }
  }
  return best?.word ?? null
}

/**
 * The buyer's text with each misspelt word replaced by the closest catalog
 * word, or null when no word could be corrected. Words the catalog knows,
 * numbers and words too short to judge are kept as typed.
 */
export function correctSpelling(text: string, vocabulary: Vocabulary): string | null {
  const words = wordsOf(text)
  let changed = false
  const corrected = words.map((word, i) => {
    if (vocabulary.has(word) || allowedEdits(word) === 0 || /^\d+$/.test(word)) {
      return word
    }
    const isLast = i === words.length - 1
    if (isLast && [...vocabulary.keys()].some((known) => known.startsWith(word))) {
      return word
    }
    const replacement =
      closest(word, vocabulary, false) ??
      (isLast ? closest(word, vocabulary, true) : null)
    if (replacement && replacement !== word) {
      changed = true
      return replacement
    }
    return word
  })
  return changed ? corrected.join(" ") : null
}
