import { describe, expect, it } from "vitest"

import { securityHeaders, type SecurityHeaderOptions } from "./security-headers"

const LOCAL: SecurityHeaderOptions = {
  production: true,
  imageOrigins: ["http://localhost:9000"],
  storefrontUrl: "http://localhost:8000",
  stripe: false,
}
const LIVE: SecurityHeaderOptions = {
  production: true,
  imageOrigins: ["https://api.karya.example", "https://files.karya.example"],
  storefrontUrl: "https://karya.example",
  stripe: true,
}

function header(options: SecurityHeaderOptions, key: string) {
  return securityHeaders(options).find((h) => h.key === key)?.value
}

/** The policy as directive name -> its sources. */
function csp(options: SecurityHeaderOptions) {
  const policy = header(options, "Content-Security-Policy") ?? ""
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ")
      return [name, sources]
    }),
  )
}

const cases: [string, SecurityHeaderOptions][] = [
  ["production over http", LOCAL],
  ["production over https with Stripe", LIVE],
  ["development", { ...LOCAL, production: false }],
  ["development with Stripe", { ...LIVE, production: false }],
]

describe("securityHeaders", () => {
  it.each(cases)("sends the fixed headers in %s", (_case, options) => {
    expect(header(options, "X-Content-Type-Options")).toBe("nosniff")
    expect(header(options, "Referrer-Policy")).toBe("strict-origin-when-cross-origin")
    expect(header(options, "X-Frame-Options")).toBe("DENY")
    expect(header(options, "Cross-Origin-Opener-Policy")).toBe("same-origin")
    expect(header(options, "Permissions-Policy")).toMatch(
      /^camera=\(\), microphone=\(\), geolocation=\(\), payment=\(.*\)$/,
    )
  })

  it.each(cases)("keeps the policy strict in %s", (_case, options) => {
    const policy = csp(options)
    expect(policy.get("default-src")).toEqual(["'self'"])
    expect(policy.get("script-src")?.slice(0, 2)).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get("font-src")).toEqual(["'self'", "data:"])
    expect(policy.get("object-src")).toEqual(["'none'"])
    expect(policy.get("base-uri")).toEqual(["'self'"])
    expect(policy.get("form-action")).toEqual(["'self'"])
    expect(policy.get("frame-ancestors")).toEqual(["'none'"])
  })

  it("allows eval for React's dev tooling only in development", () => {
    expect(csp({ ...LOCAL, production: false }).get("script-src")).toContain(
      "'unsafe-eval'",
    )
    for (const options of [LOCAL, LIVE]) {
      expect(header(options, "Content-Security-Policy")).not.toContain("unsafe-eval")
    }
  })

  it("loads images from the photos' origins, not from anywhere", () => {
    expect(csp(LOCAL).get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "http://localhost:9000",
    ])
    expect(csp(LIVE).get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://api.karya.example",
      "https://files.karya.example",
    ])
  })

  it("lets the browser call only this server when Stripe is off", () => {
    const policy = csp(LOCAL)
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get("connect-src")).toEqual(["'self'"])
    expect(policy.get("frame-src")).toEqual(["'none'"])
    expect(header(LOCAL, "Permissions-Policy")).toContain("payment=()")
    expect(header(LOCAL, "Content-Security-Policy")).not.toContain("stripe")
  })

  it("admits Stripe.js, its frames and its API when Stripe is configured", () => {
    const policy = csp(LIVE)
    expect(policy.get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "https://js.stripe.com",
      "https://*.js.stripe.com",
    ])
    expect(policy.get("frame-src")).toEqual([
      "https://js.stripe.com",
      "https://*.js.stripe.com",
      "https://hooks.stripe.com",
    ])
    expect(policy.get("connect-src")).toEqual(["'self'", "https://api.stripe.com"])
    expect(header(LIVE, "Permissions-Policy")).toContain(
      'payment=(self "https://js.stripe.com" "https://*.js.stripe.com")',
    )
  })

  it("pins https and upgrades requests only when the storefront is served over https", () => {
    expect(header(LIVE, "Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    )
    expect(csp(LIVE).has("upgrade-insecure-requests")).toBe(true)

    for (const options of [LOCAL, { ...LOCAL, production: false }]) {
      expect(header(options, "Strict-Transport-Security")).toBeUndefined()
      expect(csp(options).has("upgrade-insecure-requests")).toBe(false)
    }
  })
})
