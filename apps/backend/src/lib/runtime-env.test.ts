import { findUnsafeSecrets, redisUrl, secretOrDevelopmentDefault } from "./runtime-env"

describe("findUnsafeSecrets", () => {
  const strong = "f3b1c0ffee0ddba11deadbeefcafe0123456789"

  it("accepts long random secrets", () => {
    expect(findUnsafeSecrets({ JWT_SECRET: strong, COOKIE_SECRET: strong })).toEqual([])
  })

  it("names every missing, default or short secret", () => {
    expect(findUnsafeSecrets({ JWT_SECRET: "SuperSecret", COOKIE_SECRET: "  " })).toEqual(
      [
        { variable: "JWT_SECRET", reason: 'is a known default ("SuperSecret")' },
        { variable: "COOKIE_SECRET", reason: "is not set" },
      ],
    )
    expect(findUnsafeSecrets({ JWT_SECRET: strong, COOKIE_SECRET: "pendek" })).toEqual([
      { variable: "COOKIE_SECRET", reason: "is shorter than 32 characters" },
    ])
  })
})

describe("development defaults", () => {
  it("fall back only when nothing is configured", () => {
    expect(secretOrDevelopmentDefault(undefined)).toEqual("supersecret")
    expect(secretOrDevelopmentDefault("mine")).toEqual("mine")
    expect(redisUrl({})).toBeUndefined()
    expect(redisUrl({ REDIS_URL: " redis://localhost:6379 " })).toEqual(
      "redis://localhost:6379",
    )
  })
})
