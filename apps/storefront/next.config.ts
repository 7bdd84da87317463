import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

import { publicBackendUrl, stripePublishableKey } from "./src/lib/config"
import { securityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets a second `next dev` or build run beside the first without sharing .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // The CSS modules come to a few kB per page: inlined, a first visit on a slow
    // phone connection paints without waiting for a stylesheet request.
    inlineCss: true,
  },
  // Evaluated by `next build` (and `next dev`), so the environment at build time counts,
  // as it already does for the NEXT_PUBLIC_* values.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({
          production: process.env.NODE_ENV === "production",
          backendUrl: publicBackendUrl,
          storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
          stripe: Boolean(stripePublishableKey),
        }),
      },
    ]
  },
}

export default withNextIntl(nextConfig)
