import { describe, expect, it } from "vitest"

import { parseRevalidationTags, revalidationSecretMatches } from "./revalidation"

const KNOWN = ["products", "categories", "impact"] as const

describe("parseRevalidationTags", () => {
  it("accepts known tags and keeps each once", () => {
    expect(
      parseRevalidationTags({ tags: ["products", "impact", "products"] }, KNOWN),
    ).toEqual({ ok: true, tags: ["products", "impact"] })
  })

  it("names the unknown tags", () => {
    const parsed = parseRevalidationTags({ tags: ["products", "prices", 7] }, KNOWN)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toMatch(
      /^tags has unknown cache tags: "prices", 7;/,
    )
  })

  it.each([
    ["nothing", undefined],
    ["a list", ["products"]],
    ["a string", "products"],
    ["no tags", {}],
    ["an empty list", { tags: [] }],
    ["tags that are not a list", { tags: "products" }],
    ["extra fields", { tags: ["products"], paths: ["/"] }],
  ])("refuses %s, naming tags", (_case, body) => {
    const parsed = parseRevalidationTags(body, KNOWN)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toContain('"tags"')
  })
})

describe("revalidationSecretMatches", () => {
  it("matches only the exact secret", () => {
    expect(revalidationSecretMatches("rahasia", "rahasia")).toBe(true)
    expect(revalidationSecretMatches("rahasiA", "rahasia")).toBe(false)
    expect(revalidationSecretMatches("rahasia-panjang", "rahasia")).toBe(false)
    expect(revalidationSecretMatches("", "rahasia")).toBe(false)
    expect(revalidationSecretMatches(null, "rahasia")).toBe(false)
  })
})
