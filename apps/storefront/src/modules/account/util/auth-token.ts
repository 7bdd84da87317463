/** Medusa's default lifetime for a customer token, used when the token does not say. */
const DEFAULT_LIFETIME_SECONDS = 24 * 60 * 60

type Claims = { actorId: string; expiresAt: number | null }

/**
 * What a Medusa token says about itself. Read, not verified: the backend verifies it on
 * every request, and the storefront only needs to know how long to keep it and whether
 * it already belongs to a customer.
 */
export function readTokenClaims(token: string): Claims | null {
  const payload = token.split(".")[1]
  if (!payload) {
    return null
  }
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return {
      actorId: typeof claims.actor_id === "string" ? claims.actor_id : "",
      expiresAt: typeof claims.exp === "number" ? claims.exp : null,
    }
  } catch {
    return null
  }
}

/** How long the login cookie lives: as long as the token, so it never outlives it. */
export function tokenLifetimeSeconds(token: string, nowMs = Date.now()): number {
  const expiresAt = readTokenClaims(token)?.expiresAt
  if (!expiresAt) {
    return DEFAULT_LIFETIME_SECONDS
  }
  return Math.max(0, expiresAt - Math.floor(nowMs / 1000))
}
