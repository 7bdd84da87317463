export type SecurityHeaderOptions = {
  /** `next build` / `next start` rather than `next dev`. */
  production: boolean
  /** Origins of product and workshop photos the browser may load as they are. */
  imageOrigins: string[]
  /** The storefront's own public URL: https turns on HSTS and upgrading requests. */
  storefrontUrl: string
  /** Whether the checkout can load Stripe.js (a publishable key is set). */
  stripe: boolean
}

export type Header = { key: string; value: string }

// Stripe's published CSP needs (docs.stripe.com/security/guide); Stripe.js serves
// its frames from js.stripe.com subdomains, and hooks.stripe.com runs 3-D Secure.
const STRIPE_JS = ["https://js.stripe.com", "https://*.js.stripe.com"]
const STRIPE_FRAMES = [...STRIPE_JS, "https://hooks.stripe.com"]
const STRIPE_API = ["https://api.stripe.com"]

/**
 * The headers every storefront response carries.
 *
 * Scripts get 'unsafe-inline': Next.js inlines its bootstrap and each page's data as
 * scripts (self.__next_f.push), which rules out a fixed list of hashes. Nonces would
 * suit today's pages, which render per request anyway (the header reads the cart
 * cookie), but they must be minted in the proxy, and any prerendered response (the
 * not-found and error pages now, a page made static or ISR later) would carry none and
 * run no script. No page renders HTML from strings, the way injected script gets in.
 */
export function securityHeaders({
  production,
  imageOrigins,
  storefrontUrl,
  stripe,
}: SecurityHeaderOptions): Header[] {
  const https = new URL(storefrontUrl).protocol === "https:"
  const stripeOnly = (sources: string[]) => (stripe ? sources : [])

  const directives: string[][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      "'unsafe-inline'",
      // React's dev tools and fast refresh evaluate code; a build never does.
      ...(production ? [] : ["'unsafe-eval'"]),
      ...stripeOnly(STRIPE_JS),
    ],
    // Next inlines the CSS (experimental.inlineCss) and React sets style attributes.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Resized photos come from this server (/_next/image); the origins serve the
    // ones it does not resize, such as vector drawings.
    ["img-src", "'self'", "data:", "blob:", ...imageOrigins],
    ["font-src", "'self'", "data:"],
    // The browser talks to the backend only through this server (server actions and
    // route handlers), so the backend is no connect-src.
    ["connect-src", "'self'", ...stripeOnly(STRIPE_API)],
    ["frame-src", ...(stripe ? STRIPE_FRAMES : ["'none'"])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ]

  const payment = stripe ? `(self ${STRIPE_JS.map((s) => `"${s}"`).join(" ")})` : "()"

  return [
    {
      key: "Content-Security-Policy",
      value: directives.map((directive) => directive.join(" ")).join("; "),
    },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: `camera=(), microphone=(), geolocation=(), payment=${payment}`,
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore it over http, and on localhost it would pin https for every
    // local app on that host name.
    ...(https
      ? [
          {
            key: "Strict-Transport-Security",
            value: "max-age=63072000; includeSubDomains",
          },
        ]
      : []),
  ]
}
