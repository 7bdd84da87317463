import { type NextRequest, NextResponse } from "next/server"

import { routing } from "@/i18n/routing"
import { SEARCH_REVALIDATE_SECONDS, suggestProducts } from "@/lib/data/search"
import { SEARCH_QUERY } from "@/lib/util/search-params"

/**
 * Suggestions for the search box. The box runs in the browser; asking `/store/search`
 * here keeps the backend out of the browser's reach (no CORS) and sends only what the
 * list shows. Answers are the same for every buyer, so the browser (while the buyer
 * types and deletes) and shared caches may keep them as long as the server does.
 * "Unavailable" is never kept: the box recovers as soon as search does. The box sends
 * its page's locale, as this route lives outside the localized pages.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const found = await suggestProducts(
    params.get(SEARCH_QUERY.q) ?? "",
    params.get("locale") ?? routing.defaultLocale,
  )
  return NextResponse.json(found, {
    headers: {
      "Cache-Control": found.available
        ? `public, max-age=${SEARCH_REVALIDATE_SECONDS}`
        : "no-store",
    },
  })
}
