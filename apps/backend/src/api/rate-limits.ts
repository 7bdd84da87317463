/**
 * Rate limits on the endpoints attackers hammer. A refused request gets 429 with
 * `{ type: "too_many_requests", message }`, the IETF draft-8 `RateLimit` and
 * `RateLimit-Policy` headers and `Retry-After` (seconds).
 *
 * Each limit is a count per window, overridable by environment variables
 * (whole numbers; the window in minutes):
 *
 *   variable                                    default  counts
 *   RATE_LIMIT_LOGIN_FAILURES                        10  failed sign-ins per client IP + e-mail
 *   RATE_LIMIT_LOGIN_FAILURES_WINDOW_MINUTES         15    (customer and staff emailpass login)
 *   RATE_LIMIT_LOGIN_ATTEMPTS                       100  all sign-ins per client IP
 *   RATE_LIMIT_LOGIN_ATTEMPTS_WINDOW_MINUTES         15
 *   RATE_LIMIT_REGISTRATIONS                         20  registrations per client IP
 *   RATE_LIMIT_REGISTRATIONS_WINDOW_MINUTES          60    (customer and staff emailpass)
 *   RATE_LIMIT_PASSWORD_RESETS                        5  password reset requests per
 *   RATE_LIMIT_PASSWORD_RESETS_WINDOW_MINUTES        60    client IP + e-mail
 *   RATE_LIMIT_PARTNER_APPLICATIONS                  20  wholesale applications per client IP
 *   RATE_LIMIT_PARTNER_APPLICATIONS_WINDOW_MINUTES   60
 *   RATE_LIMIT_QUOTE_REQUESTS                        30  new quotes and quote messages
 *   RATE_LIMIT_QUOTE_REQUESTS_WINDOW_MINUTES         60    per client IP
 *   RATE_LIMIT_ORDER_LOOKUPS                         20  guest order lookups per client IP
 *   RATE_LIMIT_ORDER_LOOKUPS_WINDOW_MINUTES          15
 *
 * Counts live in memory, or in Redis when REDIS_URL is set so that every server
 * process shares them (src/lib/rate-limit-store.ts).
 *
 * Client IP: Medusa 2.21.2 sets Express's `trust proxy` to 1 and offers no setting
 * for it, so `req.ip` is the address the nearest proxy put last in X-Forwarded-For.
 * Run the server behind exactly one proxy or load balancer that appends it. Reached
 * directly, a client could name any address there and escape these limits; behind
 * two proxies (CDN + load balancer) every client would share the CDN's address.
 */
import { createHash } from "node:crypto"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  ipKeyGenerator,
  rateLimit,
  type AugmentedRequest,
  type Options,
} from "express-rate-limit"
import { rateLimitStore } from "../lib/rate-limit-store"

const MINUTE = 60_000

type Request = Parameters<Options["keyGenerator"]>[0]

export type RateLimitPolicy = { limit: number; windowMinutes: number }

function wholeNumber(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable]?.trim()
  if (!raw) {
    return fallback
  }
  const value = Number(raw)
  // A typo must not silently switch a limit off: refuse to start instead.
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${variable} must be a whole number of at least 1, got "${raw}"`)
  }
  return value
}

function policy(
  env: NodeJS.ProcessEnv,
  variable: string,
  limit: number,
  windowMinutes: number,
): RateLimitPolicy {
  return {
    limit: wholeNumber(env, variable, limit),
    windowMinutes: wholeNumber(env, `${variable}_WINDOW_MINUTES`, windowMinutes),
  }
}

/** The limits in force, from the environment or the defaults documented above. */
export function rateLimitPolicies(env: NodeJS.ProcessEnv = process.env) {
  return {
    loginFailures: policy(env, "RATE_LIMIT_LOGIN_FAILURES", 10, 15),
    loginAttempts: policy(env, "RATE_LIMIT_LOGIN_ATTEMPTS", 100, 15),
    registrations: policy(env, "RATE_LIMIT_REGISTRATIONS", 20, 60),
    passwordResets: policy(env, "RATE_LIMIT_PASSWORD_RESETS", 5, 60),
    partnerApplications: policy(env, "RATE_LIMIT_PARTNER_APPLICATIONS", 20, 60),
    quoteRequests: policy(env, "RATE_LIMIT_QUOTE_REQUESTS", 30, 60),
    orderLookups: policy(env, "RATE_LIMIT_ORDER_LOOKUPS", 20, 15),
  }
}

function clientIp(req: Request): string {
  return ipKeyGenerator(req.ip ?? "")
}

/**
 * Keyed by client IP and the account named in the body: an attacker cannot lock an
 * account out from elsewhere, and people sharing one NAT are not blocked together.
 * The address is hashed so Redis holds no e-mail addresses.
 */
function byIpAndAccount(field: "email" | "identifier") {
  return (req: Request) => {
    const value: unknown = req.body?.[field]
    const account = typeof value === "string" ? value.trim().toLowerCase() : ""
    const digest = createHash("sha256").update(account).digest("base64url")
    return `${clientIp(req)}:${digest}`
  }
}

function refuse(reason: string): Options["handler"] {
  return (req, res, _next, options) => {
    const { resetTime } = (req as AugmentedRequest)[options.requestPropertyName]
    const millisecondsLeft = resetTime
      ? resetTime.getTime() - Date.now()
      : options.windowMs
    const minutes = Math.max(1, Math.ceil(millisecondsLeft / MINUTE))
    res.status(options.statusCode).json({
      type: "too_many_requests",
      message: `${reason} Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    })
  }
}

function limiter(
  name: string,
  { limit, windowMinutes }: RateLimitPolicy,
  reason: string,
  options: Partial<Options> = {},
) {
  return rateLimit({
    windowMs: windowMinutes * MINUTE,
    limit,
    identifier: name,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: clientIp,
    store: rateLimitStore(name),
    // A Redis outage should cost the safeguard, not sign-in and checkout for everyone.
    passOnStoreError: true,
    handler: refuse(reason),
    ...options,
  })
}

const policies = rateLimitPolicies()

const loginAttempts = limiter(
  "login-attempts",
  policies.loginAttempts,
  "Too many sign-in attempts from your network.",
)
const loginFailures = limiter(
  "login-failures",
  policies.loginFailures,
  "Too many failed sign-in attempts for this e-mail address.",
  { keyGenerator: byIpAndAccount("email"), skipSuccessfulRequests: true },
)
const registrations = limiter(
  "registrations",
  policies.registrations,
  "Too many accounts registered from your network.",
)
const passwordResets = limiter(
  "password-resets",
  policies.passwordResets,
  "Too many password reset requests for this e-mail address.",
  { keyGenerator: byIpAndAccount("identifier") },
)
const partnerApplications = limiter(
  "partner-applications",
  policies.partnerApplications,
  "Too many partner applications from your network.",
)
const quoteRequests = limiter(
  "quote-requests",
  policies.quoteRequests,
  "Too many quote requests and messages from your network.",
)
const orderLookups = limiter(
  "order-lookups",
  policies.orderLookups,
  "Too many order lookups from your network.",
)

const ACTORS = ["customer", "user"]

export const rateLimitMiddlewares: MiddlewareRoute[] = [
  ...ACTORS.flatMap((actor): MiddlewareRoute[] => [
    {
      matcher: `/auth/${actor}/emailpass`,
      methods: ["POST"],
      middlewares: [loginAttempts, loginFailures],
    },
    {
      matcher: `/auth/${actor}/emailpass/register`,
      methods: ["POST"],
      middlewares: [registrations],
    },
    {
      matcher: `/auth/${actor}/emailpass/reset-password`,
      methods: ["POST"],
      middlewares: [passwordResets],
    },
  ]),
  {
    matcher: "/store/partner-applications",
    methods: ["POST"],
    middlewares: [partnerApplications],
  },
  {
    matcher: "/store/partner/quotes",
    methods: ["POST"],
    middlewares: [quoteRequests],
  },
  {
    matcher: "/store/partner/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [quoteRequests],
  },
  {
    matcher: "/store/order-lookup",
    methods: ["POST"],
    middlewares: [orderLookups],
  },
]
