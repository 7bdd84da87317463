import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

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
}

export default withNextIntl(nextConfig)
