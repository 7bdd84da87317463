/**
 * Reads the environment the backend runs in and decides which real services
 * replace the embedded defaults. Kept free of Medusa imports so the dev
 * launcher and medusa-config share one reading of the same variables.
 */

const DEVELOPMENT_SECRET = "supersecret"
const KNOWN_DEFAULT_SECRETS = new Set([
  DEVELOPMENT_SECRET,
  "secret",
  "changeme",
  "change-me",
  "default",
])

export type SecretProblem = { variable: string; reason: string }

/**
 * JWT_SECRET and COOKIE_SECRET sign sessions; STOREFRONT_REVALIDATE_SECRET lets the
 * backend tell the storefront which cached catalog reads are stale, and anyone who
 * knows it could make the storefront re-read the whole catalog on every request.
 */
const PRODUCTION_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "STOREFRONT_REVALIDATE_SECRET"]

/** Which secrets a production server would be started with unsafely. */
export function findUnsafeSecrets(env: NodeJS.ProcessEnv = process.env): SecretProblem[] {
  const problems: SecretProblem[] = []
  for (const variable of PRODUCTION_SECRETS) {
    const value = env[variable]?.trim()
    if (!value) {
      problems.push({ variable, reason: "is not set" })
    } else if (KNOWN_DEFAULT_SECRETS.has(value.toLowerCase())) {
      problems.push({ variable, reason: `is a known default ("${value}")` })
    } else if (value.length < 32) {
      problems.push({ variable, reason: "is shorter than 32 characters" })
    }
  }
  return problems
}

/**
 * In production a missing or default secret lets anyone forge sessions or flush the
 * storefront's cache at will, so the server refuses to start, names each offending
 * variable and exits without a stack trace.
 */
export function refuseUnsafeProductionSecrets(
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env.NODE_ENV !== "production") {
    return
  }
  const problems = findUnsafeSecrets(env)
  if (!problems.length) {
    return
  }
  console.error(
    [
      "Refusing to start in production with unsafe secrets:",
      ...problems.map((p) => `  - ${p.variable} ${p.reason}`),
      "Set each to a long random value, e.g. `openssl rand -hex 32`.",
    ].join("\n"),
  )
  process.exit(1)
}

export function secretOrDevelopmentDefault(value: string | undefined): string {
  return value?.trim() || DEVELOPMENT_SECRET
}

/** The secret the storefront's `/api/revalidate` route expects from this backend. */
export function storefrontRevalidateSecret(env: NodeJS.ProcessEnv = process.env): string {
  return secretOrDevelopmentDefault(env.STOREFRONT_REVALIDATE_SECRET)
}

export function redisUrl(env: NodeJS.ProcessEnv = process.env) {
  return env.REDIS_URL?.trim() || undefined
}

/** Where buyers open the storefront; QR labels point at its provenance pages. */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.STOREFRONT_URL?.trim() || "http://localhost:8000").replace(/\/+$/, "")
}
