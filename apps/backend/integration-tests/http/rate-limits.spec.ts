import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"
import type WholesaleModuleService from "../../src/modules/wholesale/service"
import { seedDemoData } from "../../src/scripts/seed"
import { demoAdmin, demoPartnerBuyer } from "../../src/scripts/seed-data"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Response = { status: number; data: Json; headers: Record<string, string> }
type Headers = Record<string, string>

const failure = (error: { response: Response }) => error.response

const APPLICATION = {
  business_name: "Toko Oleh-Oleh Nusantara",
  contact_name: "Pengelola Toko",
  email: "oleh.oleh@contoh.karya.local",
  phone: "0812 3333 4444",
  address: {
    address_1: "Jl. Malioboro No. 1",
    city: "Yogyakarta",
    province: "DI Yogyakarta",
    postal_code: "55271",
    country_code: "id",
  },
  expected_monthly_volume: 100,
}

/** The 429 every limiter answers with, and a wait consistent with Retry-After. */
function expectRefused(response: Response, reason: string) {
  expect(response.status).toEqual(429)
  const retryAfter = Number(response.headers["retry-after"])
  expect(retryAfter).toBeGreaterThan(0)
  const minutes = Math.ceil(retryAfter / 60)
  expect(response.data).toEqual({
    type: "too_many_requests",
    message: `${reason} Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  })
}

medusaIntegrationTestRunner({
  // Small limits keep the per-IP cases quick; the sign-in limits keep their defaults.
  env: {
    RATE_LIMIT_PARTNER_APPLICATIONS: "3",
    RATE_LIMIT_REGISTRATIONS: "2",
    RATE_LIMIT_QUOTE_REQUESTS: "2",
    RATE_LIMIT_ORDER_LOOKUPS: "3",
  },
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    // Medusa trusts one proxy hop, so X-Forwarded-For stands in for distinct
    // clients, and each test counts from its own address.
    const from = (ip: string, headers: Headers = {}) => ({
      headers: {
        "x-forwarded-for": ip,
        "x-publishable-api-key": publishableKey,
        ...headers,
      },
    })
    const post = (url: string, body: unknown, config: { headers: Headers }) =>
      api.post(url, body, config).catch(failure) as Promise<Response>

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemoData(getContainer()))
    })

    describe("sign-in", () => {
      const admin = demoAdmin()
      const partner = demoPartnerBuyer()
      const adminLogin = (password: string, ip: string) =>
        post("/auth/user/emailpass", { email: admin.email, password }, from(ip))

      it("refuses the 11th failed sign-in for one e-mail, while another account still signs in", async () => {
        const attacker = "203.0.113.11"
        for (let attempt = 1; attempt <= 10; attempt++) {
          expect((await adminLogin(`tebakan-${attempt}`, attacker)).status).toEqual(401)
        }

        const refused = await adminLogin("tebakan-11", attacker)
        expectRefused(
          refused,
          "Too many failed sign-in attempts for this e-mail address.",
        )
        expect(refused.data.message).toContain("try again in 15 minutes")
        expect(refused.headers["ratelimit-policy"]).toContain(
          '"login-failures"; q=10; w=900',
        )
        // Even the right password is refused from there, or guessing could go on.
        expect((await adminLogin(admin.password, attacker)).status).toEqual(429)

        const otherAccount = await post(
          "/auth/customer/emailpass",
          partner,
          from(attacker),
        )
        expect(otherAccount.status).toEqual(200)
        expect(otherAccount.data.token).toBeTruthy()
        // The same e-mail in other letters is the same account to the limiter.
        const otherCase = await post(
          "/auth/user/emailpass",
          { email: ` ${admin.email.toUpperCase()}`, password: "tebakan-12" },
          from(attacker),
        )
        expect(otherCase.status).toEqual(429)
        // The attacker cannot lock the account out for its owner elsewhere.
        expect((await adminLogin(admin.password, "198.51.100.11")).status).toEqual(200)
      })

      it("does not count successful sign-ins", async () => {
        for (let attempt = 1; attempt <= 15; attempt++) {
          const response = await adminLogin(admin.password, "203.0.113.12")
          expect(response.status).toEqual(200)
        }
      })
    })

    it("refuses a partner application over the limit and records nothing for it", async () => {
      const wholesale: WholesaleModuleService = getContainer().resolve(WHOLESALE_MODULE)
      const before = await wholesale.listPartnerApplications({})
      const apply = (npwp: string) =>
        post(
          "/store/partner-applications",
          { ...APPLICATION, npwp },
          from("203.0.113.13"),
        )

      for (const npwp of ["010000000000001", "010000000000002", "010000000000003"]) {
        expect((await apply(npwp)).status).toEqual(201)
      }
      expectRefused(
        await apply("010000000000004"),
        "Too many partner applications from your network.",
      )

      const after = await wholesale.listPartnerApplications({})
      expect(after).toHaveLength(before.length + 3)
      expect(after.map((application) => application.npwp)).not.toContain(
        "010000000000004",
      )
    })

    it("refuses guest order lookups over the limit, from that client only", async () => {
      const lookup = (ip: string) =>
        post(
          "/store/order-lookup",
          { email: "tamu@contoh.karya.local", display_id: 999_999 },
          from(ip),
        )

      const first = await lookup("203.0.113.14")
      expect(first.status).toEqual(404)
      expect(first.headers["ratelimit"]).toMatch(/^"order-lookups"; r=2; t=\d+$/)
      for (let attempt = 2; attempt <= 3; attempt++) {
        expect((await lookup("203.0.113.14")).status).toEqual(404)
      }
      const refused = await lookup("203.0.113.14")
      expectRefused(refused, "Too many order lookups from your network.")
      expect(refused.headers["ratelimit"]).toMatch(/^"order-lookups"; r=0; t=\d+$/)

      expect((await lookup("198.51.100.14")).status).toEqual(404)
    })

    it("refuses registrations over the limit", async () => {
      const register = (n: number) =>
        post(
          "/auth/customer/emailpass/register",
          { email: `pendaftar-${n}@contoh.karya.local`, password: "rahasia-2026" },
          from("203.0.113.15"),
        )
      expect((await register(1)).status).toEqual(200)
      expect((await register(2)).status).toEqual(200)
      expectRefused(await register(3), "Too many accounts registered from your network.")
    })

    it("refuses password reset requests for one e-mail over the default of 5 an hour", async () => {
      const reset = () =>
        post(
          "/auth/user/emailpass/reset-password",
          { identifier: demoAdmin().email },
          from("203.0.113.16"),
        )
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await reset()).status).toEqual(201)
      }
      expectRefused(
        await reset(),
        "Too many password reset requests for this e-mail address.",
      )
    })

    it("counts new quotes and quote messages together", async () => {
      const { email, password } = demoPartnerBuyer()
      const ip = "203.0.113.17"
      const { data } = await post(
        "/auth/customer/emailpass",
        { email, password },
        from(ip),
      )
      const partner = from(ip, { authorization: `Bearer ${data.token}` })

      expect((await post("/store/partner/quotes", {}, partner)).status).toEqual(400)
      expect(
        (await post("/store/partner/quotes/quote_unknown/messages", {}, partner)).status,
      ).toEqual(400)
      expectRefused(
        await post("/store/partner/quotes", {}, partner),
        "Too many quote requests and messages from your network.",
      )
    })
  },
})
