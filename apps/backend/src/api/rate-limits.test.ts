import { rateLimitPolicies } from "./rate-limits"

describe("rateLimitPolicies", () => {
  it("defaults to the limits documented at the top of rate-limits.ts", () => {
    expect(rateLimitPolicies({})).toEqual({
      loginFailures: { limit: 10, windowMinutes: 15 },
      loginAttempts: { limit: 100, windowMinutes: 15 },
      registrations: { limit: 20, windowMinutes: 60 },
      passwordResets: { limit: 5, windowMinutes: 60 },
      partnerApplications: { limit: 20, windowMinutes: 60 },
      quoteRequests: { limit: 30, windowMinutes: 60 },
      orderLookups: { limit: 20, windowMinutes: 15 },
    })
  })

  it("takes each limit and window from its variable", () => {
    const policies = rateLimitPolicies({
      RATE_LIMIT_ORDER_LOOKUPS: " 50 ",
      RATE_LIMIT_ORDER_LOOKUPS_WINDOW_MINUTES: "5",
      RATE_LIMIT_LOGIN_FAILURES: "",
    })
    expect(policies.orderLookups).toEqual({ limit: 50, windowMinutes: 5 })
    expect(policies.loginFailures).toEqual({ limit: 10, windowMinutes: 15 })
  })

  it.each(["0", "-3", "2.5", "ten"])(
    "refuses %j rather than switch a limit off",
    (raw) => {
      expect(() => rateLimitPolicies({ RATE_LIMIT_QUOTE_REQUESTS: raw })).toThrow(
        `RATE_LIMIT_QUOTE_REQUESTS must be a whole number of at least 1, got "${raw}"`,
      )
    },
  )
})
