import type { ResolvedSearchIndexDefinition } from "@medusajs/framework/types"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { flattenFields, isFacetable, isRetrievable, type IndexSchema } from "./fields"

/**
 * `sort` ranks first so an explicit order is honoured strictly, as on the other
 * providers; without a sort parameter the rule is a no-op and relevance decides.
 */
export const RANKING_RULES = [
  "sort",
  "words",
  "typo",
  "proximity",
  "attribute",
  "exactness",
]

export type LanguageSettings = {
  synonyms: Record<string, string[]>
  stopWords: string[]
}

function typoTolerance(
  definition: ResolvedSearchIndexDefinition,
): Settings["typoTolerance"] | undefined {
  const typo = definition.settings.typo_tolerance
  if (!typo) {
    return undefined
  }
  const minWordSizeForTypos = {
    ...(typo.min_word_size_for_one_typo !== undefined && {
      oneTypo: typo.min_word_size_for_one_typo,
    }),
    ...(typo.min_word_size_for_two_typos !== undefined && {
      twoTypos: typo.min_word_size_for_two_typos,
    }),
  }
  return {
    enabled: typo.enabled ?? true,
    disableOnAttributes: typo.disabled_on_attributes ?? [],
    ...(Object.keys(minWordSizeForTypos).length && { minWordSizeForTypos }),
  }
}

/**
 * The Meilisearch settings an index definition asks for. Lists are sent whole, so
 * re-applying them replaces what an older definition left behind.
 */
export function buildIndexSettings(
  definition: ResolvedSearchIndexDefinition,
  schema: IndexSchema,
  language: LanguageSettings,
): Settings {
  const entries = flattenFields(definition.fields).filter(
    ({ field }) => field.type !== "vector",
  )
  const paths = (keep: (entry: (typeof entries)[number]) => boolean) =>
    entries.filter(keep).map(({ path }) => path)

  const everyFieldRetrievable = flattenFields(definition.fields).every(({ field }) =>
    isRetrievable(field),
  )
  // Hits are keyed by the primary key, so it is always displayed.
  const displayedAttributes = everyFieldRetrievable
    ? ["*"]
    : [...new Set([schema.primaryKey, ...paths(({ field }) => isRetrievable(field))])]

  const settings: Settings = {
    searchableAttributes: schema.searchable,
    filterableAttributes: paths(({ field }) => !!field.filterable || isFacetable(field)),
    sortableAttributes: paths(({ field }) => !!field.sortable),
    displayedAttributes,
    rankingRules: RANKING_RULES,
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    synonyms: language.synonyms,
    stopWords: language.stopWords,
    // Facet values are cut at `maxValuesPerFacet`: keep the most frequent ones.
    faceting: { sortFacetValuesBy: { "*": "count" } },
  }
  const typo = typoTolerance(definition)
  if (typo) {
    settings.typoTolerance = typo
  }
  return { ...settings, ...definition.settings.provider_options?.meilisearch }
}
