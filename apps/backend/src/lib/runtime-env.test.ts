import {
  findUnsafeSecrets,
  redisUrl,
  refuseUnsafeProductionSecrets,
  secretOrDevelopmentDefault,
  storefrontRevalidateSecret,
} from "./runtime-env"

const strong = "f3b1c0ffee0ddba11deadbeefcafe0123456789"
const allStrong = {
  JWT_SECRET: strong,
  COOKIE_SECRET: strong,
  STOREFRONT_REVALIDATE_SECRET: strong,
}

describe("findUnsafeSecrets", () => {
  it("accepts long random secrets", () => {
    expect(findUnsafeSecrets(allStrong)).toEqual([])
  })

  it("names every missing, default or short secret", () => {
    expect(
      findUnsafeSecrets({
        JWT_SECRET: "SuperSecret",
        COOKIE_SECRET: "  ",
        STOREFRONT_REVALIDATE_SECRET: strong,
      }),
    ).toEqual([
      { variable: "JWT_SECRET", reason: 'is a known default ("SuperSecret")' },
      { variable: "COOKIE_SECRET", reason: "is not set" },
    ])
    expect(findUnsafeSecrets({ ...allStrong, COOKIE_SECRET: "pendek" })).toEqual([
      { variable: "COOKIE_SECRET", reason: "is shorter than 32 characters" },
    ])
  })

  it("holds the storefront revalidation secret to the same rules", () => {
    const { STOREFRONT_REVALIDATE_SECRET: _unset, ...sessions } = allStrong
    expect(findUnsafeSecrets(sessions)).toEqual([
      { variable: "STOREFRONT_REVALIDATE_SECRET", reason: "is not set" },
    ])
    expect(
      findUnsafeSecrets({ ...allStrong, STOREFRONT_REVALIDATE_SECRET: "supersecret" }),
    ).toEqual([
      {
        variable: "STOREFRONT_REVALIDATE_SECRET",
        reason: 'is a known default ("supersecret")',
      },
    ])
  })
})

describe("refuseUnsafeProductionSecrets", () => {
  afterEach(() => vi.restoreAllMocks())

  function refusal(env: NodeJS.ProcessEnv) {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never)
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined)
    refuseUnsafeProductionSecrets(env)
    return { exitCode: exit.mock.calls[0]?.[0], output: error.mock.calls.join("\n") }
  }

  it("stops a production server started with the development revalidation secret", () => {
    const { exitCode, output } = refusal({
      ...allStrong,
      NODE_ENV: "production",
      STOREFRONT_REVALIDATE_SECRET: storefrontRevalidateSecret({}),
    })
    expect(exitCode).toEqual(1)
    expect(output).toContain("STOREFRONT_REVALIDATE_SECRET is a known default")
    expect(output).not.toContain("JWT_SECRET")
  })

  it("lets production start with strong secrets, and development with none", () => {
    expect(refusal({ ...allStrong, NODE_ENV: "production" }).exitCode).toBeUndefined()
    expect(refusal({ NODE_ENV: "development" }).exitCode).toBeUndefined()
  })
})

describe("development defaults", () => {
  it("fall back only when nothing is configured", () => {
    expect(secretOrDevelopmentDefault(undefined)).toEqual("supersecret")
    expect(secretOrDevelopmentDefault("mine")).toEqual("mine")
    expect(storefrontRevalidateSecret({})).toEqual("supersecret")
    expect(
      storefrontRevalidateSecret({ STOREFRONT_REVALIDATE_SECRET: " mine " }),
    ).toEqual("mine")
    expect(redisUrl({})).toBeUndefined()
    expect(redisUrl({ REDIS_URL: " redis://localhost:6379 " })).toEqual(
      "redis://localhost:6379",
    )
  })
})
