import { revalidateTag } from "next/cache"

import { CACHE_TAGS } from "@/lib/data/store-api"
import { parseRevalidationTags, revalidationSecretMatches } from "@/lib/util/revalidation"

/**
 * `{ expire: 0 }` expires the tagged reads at once: the next request waits for fresh data
 * from the backend. The recommended `"max"` profile would only mark them stale, so the
 * next buyer would still get the old price or stock while the new one loads in the
 * background. `updateTag`, Next's other immediate form, works only in Server Actions.
 */
const EXPIRE_NOW = { expire: 0 }

const KNOWN_TAGS = Object.values(CACHE_TAGS)

/** The backend posts `{ "tags": [...] }` here when catalog data changes. */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  if (!secret) {
    return Response.json(
      { message: "STOREFRONT_REVALIDATE_SECRET is not configured" },
      { status: 503 },
    )
  }
  if (!revalidationSecretMatches(request.headers.get("x-revalidate-secret"), secret)) {
    return Response.json(
      { message: "x-revalidate-secret is missing or wrong" },
      { status: 401 },
    )
  }

  const body: unknown = await request.json().catch(() => undefined)
  const parsed = parseRevalidationTags(body, KNOWN_TAGS)
  if (!parsed.ok) {
    return Response.json({ message: parsed.message }, { status: 400 })
  }

  for (const tag of parsed.tags) {
    revalidateTag(tag, EXPIRE_NOW)
  }
  return Response.json({ revalidated: parsed.tags, now: Date.now() })
}
