import { describe, expect, it } from "vitest"

import { readTokenClaims, tokenLifetimeSeconds } from "./auth-token"

function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}.signature`
}

describe("readTokenClaims", () => {
  it("reads the customer and the expiry", () => {
    expect(readTokenClaims(token({ actor_id: "cus_1", exp: 2_000_000_000 }))).toEqual({
      actorId: "cus_1",
      expiresAt: 2_000_000_000,
    })
  })

  it("tells a registration token by its empty actor", () => {
    expect(readTokenClaims(token({ actor_id: "" }))?.actorId).toBe("")
  })

  it("answers null for something that is not a token", () => {
    expect(readTokenClaims("nonsense")).toBeNull()
    expect(readTokenClaims("a.%%%.c")).toBeNull()
  })
})

describe("tokenLifetimeSeconds", () => {
  const now = 1_800_000_000_000

  it("lasts until the token expires", () => {
    expect(tokenLifetimeSeconds(token({ exp: 1_800_003_600 }), now)).toBe(3600)
    expect(tokenLifetimeSeconds(token({ exp: 1_700_000_000 }), now)).toBe(0)
  })

  it("falls back to Medusa's default day", () => {
    expect(tokenLifetimeSeconds(token({}), now)).toBe(86_400)
  })
})
