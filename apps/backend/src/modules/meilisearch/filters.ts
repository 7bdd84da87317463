import type {
  SearchFilters,
  SearchFilterValue,
  SearchOperatorMap,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type FilterContext = {
  /**
   * Paths of `date` fields. Their values are stored as epoch milliseconds (Meilisearch
   * compares numbers only), so ISO strings filtering them are converted too.
   */
  dateFields?: ReadonlySet<string>
}

type Operators = SearchOperatorMap<SearchFilterValue>

const LOGICAL_KEYS = new Set(["$and", "$or", "$not"])
const COMPARISONS: Record<string, string> = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" }
// Meilisearch's filter grammar reads these unquoted; anything else is quoted.
const BARE_ATTRIBUTE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

function reject(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function attribute(path: string): string {
  return BARE_ATTRIBUTE.test(path) ? path : quote(path)
}

/** Meilisearch unescapes `\\` and `\"` inside a double-quoted value (since v1.4). */
function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function literal(path: string, value: SearchFilterValue, context: FilterContext): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      reject(`Invalid date in the filter on "${path}"`)
    }
    return String(value.getTime())
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      reject(`Filter on "${path}" needs a finite number, got ${value}`)
    }
    return String(value)
  }
  if (typeof value === "boolean") {
    return String(value)
  }
  if (typeof value === "string") {
    if (context.dateFields?.has(path)) {
      const time = Date.parse(value)
      if (Number.isNaN(time)) {
        reject(`Filter on date field "${path}" needs a date, got "${value}"`)
      }
      return String(time)
    }
    return quote(value)
  }
  return reject(`Filter on "${path}" cannot compare with ${String(value)}`)
}

function isMissing(path: string): string {
  return `(${attribute(path)} NOT EXISTS OR ${attribute(path)} IS NULL)`
}

function isPresent(path: string): string {
  return `(${attribute(path)} EXISTS AND ${attribute(path)} IS NOT NULL)`
}

function equals(path: string, value: SearchFilterValue, context: FilterContext): string {
  // Documents without a value are what "equals null" means, as in the postgres provider.
  return value === null
    ? isMissing(path)
    : `${attribute(path)} = ${literal(path, value, context)}`
}

function listOf(path: string, operator: string, value: unknown): SearchFilterValue[] {
  if (Array.isArray(value)) {
    return value as SearchFilterValue[]
  }
  if (operator === "$contains") {
    return [value as SearchFilterValue]
  }
  return reject(`Operator "${operator}" on "${path}" needs an array of values`)
}

/**
 * `IN` skips nulls, so a list holding null also matches documents without a value.
 * An empty list is `IN []`, which Meilisearch parses and matches nothing with.
 */
function anyOf(
  path: string,
  values: SearchFilterValue[],
  context: FilterContext,
): string {
  const present = values.filter((value) => value !== null)
  const inList = `${attribute(path)} IN [${present
    .map((value) => literal(path, value, context))
    .join(", ")}]`
  return present.length < values.length ? `(${inList} OR ${isMissing(path)})` : inList
}

function comparison(
  path: string,
  operator: string,
  value: SearchFilterValue,
  context: FilterContext,
): string {
  if (value === null || typeof value === "boolean") {
    reject(`Operator "${operator}" on "${path}" needs a number, a date or a string`)
  }
  return `${attribute(path)} ${COMPARISONS[operator]} ${literal(path, value, context)}`
}

function operatorClause(
  path: string,
  operator: string,
  value: unknown,
  context: FilterContext,
): string {
  switch (operator) {
    case "$eq":
      return equals(path, value as SearchFilterValue, context)
    case "$ne":
      // `!=` keeps documents without the field, as "not equal" does elsewhere.
      return value === null
        ? isPresent(path)
        : `${attribute(path)} != ${literal(path, value as SearchFilterValue, context)}`
    case "$in":
    case "$overlaps":
      return anyOf(path, listOf(path, operator, value), context)
    case "$nin":
      return `NOT ${anyOf(path, listOf(path, operator, value), context)}`
    case "$lt":
    case "$lte":
    case "$gt":
    case "$gte":
      return comparison(path, operator, value as SearchFilterValue, context)
    case "$exists":
      return value ? isPresent(path) : isMissing(path)
    case "$contains": {
      const values = listOf(path, operator, value)
      if (!values.length) {
        return reject(`Operator "$contains" on "${path}" needs at least one value`)
      }
      const clauses = values.map((item) => equals(path, item, context))
      return clauses.length === 1 ? clauses[0] : `(${clauses.join(" AND ")})`
    }
    case "$prefix":
    case "$like":
      return reject(
        `The Meilisearch search provider does not support the "${operator}" filter operator (on "${path}"): Meilisearch has no prefix or substring filter`,
      )
    default:
      return reject(`Unknown filter operator "${operator}" on "${path}"`)
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  )
}

function fieldClause(
  path: string,
  value: unknown,
  context: FilterContext,
): string | undefined {
  if (Array.isArray(value)) {
    return anyOf(path, value as SearchFilterValue[], context)
  }
  if (!isPlainObject(value)) {
    return equals(path, value as SearchFilterValue, context)
  }
  const keys = Object.keys(value).filter((key) => value[key] !== undefined)
  const operators = keys.filter((key) => key.startsWith("$"))
  if (!keys.length) {
    return reject(`Empty filter on "${path}"`)
  }
  if (!operators.length) {
    // `{ variants: { sku: "x" } }` is the nested spelling of `{ "variants.sku": "x" }`.
    return compileBranch(value as SearchFilters, context, `${path}.`)
  }
  if (operators.length !== keys.length) {
    return reject(`Filter on "${path}" mixes operators with nested fields`)
  }
  const clauses = operators.map((operator) =>
    operatorClause(
      path,
      operator,
      (value as Operators)[operator as keyof Operators],
      context,
    ),
  )
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(" AND ")})`
}

function compileBranch(
  branch: SearchFilters,
  context: FilterContext,
  prefix = "",
): string | undefined {
  const clauses: string[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (value === undefined || (key === "q" && !prefix)) {
      continue
    }
    if (LOGICAL_KEYS.has(key)) {
      const clause = logicalClause(key, value, context)
      if (clause) {
        clauses.push(clause)
      }
      continue
    }
    if (key.startsWith("$")) {
      reject(`Unknown filter operator "${key}"`)
    }
    const clause = fieldClause(`${prefix}${key}`, value, context)
    if (clause) {
      clauses.push(clause)
    }
  }
  if (!clauses.length) {
    return undefined
  }
  return clauses.length === 1 ? clauses[0] : clauses.join(" AND ")
}

function logicalClause(
  key: string,
  value: unknown,
  context: FilterContext,
): string | undefined {
  if (key === "$not") {
    if (!isPlainObject(value)) {
      return reject(`"$not" needs a filter object`)
    }
    const inner = compileBranch(value as SearchFilters, context)
    return inner ? `NOT (${inner})` : undefined
  }
  if (!Array.isArray(value)) {
    return reject(`"${key}" needs an array of filters`)
  }
  // Empty branches are skipped, as the postgres provider does.
  const branches = (value as SearchFilters[])
    .map((branch) => compileBranch(branch, context))
    .filter((branch): branch is string => !!branch)
  if (!branches.length) {
    return undefined
  }
  if (branches.length === 1) {
    return `(${branches[0]})`
  }
  const joiner = key === "$and" ? " AND " : " OR "
  return `(${branches.map((branch) => `(${branch})`).join(joiner)})`
}

/**
 * Compiles the Search Module's filter tree into a Meilisearch filter expression,
 * or `undefined` when nothing filters. `q` is skipped: it is the free-text query.
 */
export function compileFilter(
  filters: SearchFilters | undefined,
  context: FilterContext = {},
): string | undefined {
  return filters ? compileBranch(filters, context) : undefined
}

/** Joins expressions that must all hold; `undefined` parts are ignored. */
export function allOf(...expressions: (string | undefined)[]): string | undefined {
  const present = expressions.filter((expression): expression is string => !!expression)
  if (present.length <= 1) {
    return present[0]
  }
  return present.map((expression) => `(${expression})`).join(" AND ")
}
