import createMiddleware from "next-intl/middleware"

import { routing } from "./i18n/routing"

export default createMiddleware(routing)

export const config = {
  // Every page, but not API routes, Next's assets or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
