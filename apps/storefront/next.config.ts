import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"

import { publicBackendUrl, stripePublishableKey } from "./src/lib/config"
import { securityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig = (phase: string): NextConfig => ({
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
  // as it already does for the NEXT_PUBLIC_* values. Only the development server gets
  // the looser policy its hot reload needs, whatever NODE_ENV a caller has set.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({
          production: phase !== PHASE_DEVELOPMENT_SERVER,
          backendUrl: publicBackendUrl,
          storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
          stripe: Boolean(stripePublishableKey),
        }),
      },
    ]
  },
})

const config = (phase: string) => withNextIntl(nextConfig(phase))

export default config
