import { createHash, timingSafeEqual } from "node:crypto"

export type RevalidationTags<Tag extends string> =
  | { ok: true; tags: Tag[] }
  | { ok: false; message: string }

/**
 * Whether the caller knows the secret. Both sides are hashed first so the comparison
 * takes the same time whatever the guess, its length included.
 */
export function revalidationSecretMatches(
  given: string | null | undefined,
  expected: string,
): boolean {
  if (!given) {
    return false
  }
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * Reads `{ "tags": [...] }`: a non-empty list of the storefront's own cache tags, each
 * kept once. Anything else is refused with a message naming `tags`, so a backend that
 * sends a tag the storefront does not cache under learns it at once.
 */
export function parseRevalidationTags<Tag extends string>(
  body: unknown,
  knownTags: readonly Tag[],
): RevalidationTags<Tag> {
  const expected = `body must be { "tags": [...] } with one or more of: ${knownTags.join(", ")}`
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, message: expected }
  }
  const { tags, ...rest } = body as Record<string, unknown>
  if (Object.keys(rest).length > 0) {
    return {
      ok: false,
      message: `${expected}; unexpected ${Object.keys(rest).join(", ")}`,
    }
  }
  if (!Array.isArray(tags) || tags.length === 0) {
    return { ok: false, message: expected }
  }
  const unknown = tags.filter((tag) => !knownTags.includes(tag as Tag))
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `tags has unknown cache tags: ${unknown.map((tag) => JSON.stringify(tag)).join(", ")}; known: ${knownTags.join(", ")}`,
    }
  }
  return { ok: true, tags: [...new Set(tags as Tag[])] }
}
