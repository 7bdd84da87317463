import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"

import { imageOrigins, stripePublishableKey } from "./src/lib/config"
import { securityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig = (phase: string): NextConfig => ({
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets a second `next dev` or build run beside the first without sharing .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Photos are resized to what the screen needs and sent as WebP. AVIF would be
    // smaller still, but encoding it costs several times the CPU on a small server.
    formats: ["image/webp"],
    remotePatterns: imageOrigins.map((origin) => new URL(`${origin}/**`)),
    // Widths a phone, tablet or laptop asks for; the uploads are 1200 px wide.
    // Few widths keep each srcset short: every photo carries one in the HTML.
    deviceSizes: [384, 640, 828, 1200],
    imageSizes: [40, 80, 160, 256],
    // An uploaded file never changes under its URL (the name carries the upload time).
    minimumCacheTTL: 60 * 60 * 24 * 30,
    // The backend serves its own files; on a single machine that is a local address,
    // which the optimiser refuses unless told it is the backend.
    dangerouslyAllowLocalIP: imageOrigins.some(isLocalOrigin),
  },
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
          imageOrigins,
          storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
          stripe: Boolean(stripePublishableKey),
        }),
      },
    ]
  },
})

function isLocalOrigin(origin: string): boolean {
  const { hostname } = new URL(origin)
  return hostname === "localhost" || hostname.startsWith("127.") || hostname === "[::1]"
}

const config = (phase: string) => withNextIntl(nextConfig(phase))

export default config
