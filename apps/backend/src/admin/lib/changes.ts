/**
 * The fields of `next` that differ from `before`. Edit forms send only these,
 * so saving one field never rewrites the others with what the form loaded.
 */
export function changedFields<T extends Record<string, unknown>>(
  next: T,
  before: T,
): Partial<T> {
  const changed: Partial<T> = {}
  for (const key of Object.keys(next) as (keyof T)[]) {
    // Values are plain JSON (strings, numbers, string arrays).
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      changed[key] = next[key]
    }
  }
  return changed
}
