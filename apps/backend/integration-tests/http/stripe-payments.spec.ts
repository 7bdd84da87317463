import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createRequire } from "node:module"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import type Stripe from "stripe"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, PRODUCTS } from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import { chooseShipping, eventually } from "../utils/checkout"

// medusa-config registers Stripe only when both are set; it is read when the runner boots.
const API_KEY = "sk_test_karya_fake_key"
const WEBHOOK_SECRET = "whsec_karya_fake_secret"
process.env.STRIPE_API_KEY = API_KEY
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

// The test runner's axios client; responses are read loosely, as a shopper's client would.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

// The CommonJS Stripe SDK, the very module Medusa's Stripe provider loads.
const StripeSdk: typeof Stripe = createRequire(__filename)("stripe")

const STRIPE = "pp_stripe_stripe"
const HOOK = "/hooks/payment/stripe_stripe"

/** Just enough of a Stripe PaymentIntent for Medusa's provider. */
type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  client_secret: string
  status: string
  metadata: Record<string, string>
  payment_method: null
  last_payment_error: null
  livemode: false
}

type StripeRequest = { method: string; path: string; body: Record<string, string> }

/** An in-memory Stripe PaymentIntents API, answering in Stripe's shapes. */
function fakeStripe() {
  const intents = new Map<string, Intent>()
  const byIdempotencyKey = new Map<string, string>()
  const requests: StripeRequest[] = []
  let sequence = 0

  async function record(request: Request, path: string) {
    const body = Object.fromEntries(new URLSearchParams(await request.text()))
    requests.push({ method: request.method, path, body })
    return body
  }

  function missing(id: string) {
    return HttpResponse.json(
      {
        error: {
          type: "invalid_request_error",
          code: "resource_missing",
          message: `No such payment_intent: '${id}'`,
        },
      },
      { status: 404 },
    )
  }

  const base = "https://api.stripe.com/v1/payment_intents"
  const handlers = [
    http.post(base, async ({ request }) => {
      const body = await record(request, "/v1/payment_intents")
      const key = request.headers.get("idempotency-key")
      const existing = key ? byIdempotencyKey.get(key) : undefined
      if (existing) {
        return HttpResponse.json(intents.get(existing))
      }
      const id = `pi_fake${String(++sequence).padStart(6, "0")}`
      const metadata = Object.fromEntries(
        Object.entries(body)
          .filter(([name]) => name.startsWith("metadata["))
          .map(([name, value]) => [name.slice("metadata[".length, -1), value]),
      )
      const intent: Intent = {
        id,
        object: "payment_intent",
        amount: Number(body.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: body.currency,
        capture_method: body.capture_method ?? "automatic",
        client_secret: `${id}_secret_fake`,
        status: "requires_payment_method",
        metadata,
        payment_method: null,
        last_payment_error: null,
        livemode: false,
      }
      intents.set(id, intent)
      if (key) {
        byIdempotencyKey.set(key, id)
      }
      return HttpResponse.json(intent)
    }),
    http.get(`${base}/:id`, async ({ request, params }) => {
      await record(request, `/v1/payment_intents/${params.id}`)
      const intent = intents.get(String(params.id))
      return intent ? HttpResponse.json(intent) : missing(String(params.id))
    }),
    http.post(`${base}/:id`, async ({ request, params }) => {
      const body = await record(request, `/v1/payment_intents/${params.id}`)
      const intent = intents.get(String(params.id))
      if (!intent) {
        return missing(String(params.id))
      }
      if (body.amount) {
        intent.amount = Number(body.amount)
      }
      return HttpResponse.json(intent)
    }),
    http.post(`${base}/:id/capture`, async ({ request, params }) => {
      await record(request, `/v1/payment_intents/${params.id}/capture`)
      const intent = intents.get(String(params.id))
      if (!intent) {
        return missing(String(params.id))
      }
      intent.amount_received = intent.amount_capturable
      intent.amount_capturable = 0
      intent.status = "succeeded"
      return HttpResponse.json(intent)
    }),
    http.post(`${base}/:id/cancel`, async ({ request, params }) => {
      await record(request, `/v1/payment_intents/${params.id}/cancel`)
      const intent = intents.get(String(params.id))
      if (!intent) {
        return missing(String(params.id))
      }
      intent.status = "canceled"
      return HttpResponse.json(intent)
    }),
  ]

  return {
    handlers,
    requests,
    intent: (id: string) => intents.get(id)!,
    /** What Stripe.js does in the buyer's browser when the card is accepted. */
    confirmOnClient(id: string) {
      const intent = intents.get(id)!
      if (intent.capture_method === "manual") {
        intent.status = "requires_capture"
        intent.amount_capturable = intent.amount
      } else {
        intent.status = "succeeded"
        intent.amount_received = intent.amount
      }
    },
    captures: (id: string) =>
      requests.filter((r) => r.path === `/v1/payment_intents/${id}/capture`).length,
  }
}

const stripe = fakeStripe()
const server = setupServer(...stripe.handlers)

/**
 * msw cannot answer stripe-node's Node client: it writes a request only after the
 * TLS "secureConnect", which msw emits only once the request is answered
 * (mswjs/msw#2569). For the duration of this file the Node client sends through
 * Stripe's own fetch client instead, which msw intercepts; requests, retries and
 * responses are otherwise Stripe's.
 */
function sendStripeThroughFetch(): () => void {
  const nodeClient = Object.getPrototypeOf(StripeSdk.createNodeHttpClient())
  const original = nodeClient.makeRequest
  // Looked up per request: msw replaces the global fetch when it starts listening.
  const fetchClient = StripeSdk.createFetchHttpClient(
    (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  )
  nodeClient.makeRequest = fetchClient.makeRequest.bind(fetchClient)
  return () => {
    nodeClient.makeRequest = original
  }
}

/** A Stripe event as Stripe would send it, with a real signature. */
function signedEvent(type: string, intent: Intent, timestamp?: number) {
  const payload = JSON.stringify({
    id: `evt_fake_${type.replace(/\W/g, "_")}_${intent.id}`,
    object: "event",
    api_version: "2024-04-10",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object: intent },
  })
  const signature = new StripeSdk(API_KEY).webhooks.generateTestHeaderString({
    payload,
    secret: WEBHOOK_SECRET,
    timestamp,
  })
  return { payload, signature }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    /** Webhook events Medusa's route accepted, by Stripe event id. */
    const accepted: string[] = []

    const product = PRODUCTS.find((p) => p.facility === FACILITIES[0].handle)!

    let restoreStripeClient: () => void

    beforeAll(async () => {
      server.listen({ onUnhandledRequest: "bypass" })
      restoreStripeClient = sendStripeThroughFetch()
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      // Until the seed offers Stripe itself when it is configured.
      const { data } = await api.get(
        "/admin/regions?fields=id,payment_providers.id",
        admin,
      )
      for (const region of data.regions) {
        const current = region.payment_providers.map((p: { id: string }) => p.id)
        await api.post(
          `/admin/regions/${region.id}`,
          { payment_providers: [...new Set([...current, STRIPE])] },
          admin,
        )
      }
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      eventBus.subscribe(
        "payment.webhook_received",
        async (event) => {
          const { payload } = event.data as { payload: { data: { id: string } } }
          accepted.push(payload.data.id)
        },
        { subscriberId: "stripe-payments-spec" },
      )
    })

    afterAll(() => {
      restoreStripeClient()
      server.close()
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    async function post(url: string, body: unknown, headers: Headers): Promise<Json> {
      try {
        return (await api.post(url, body, headers)).data
      } catch (error) {
        const response = (error as { response?: { status: number; data: unknown } })
          .response
        throw new Error(
          `POST ${url}: ${response?.status} ${JSON.stringify(response?.data)}`,
        )
      }
    }

    /** Sends a webhook and returns the status and body whatever the status. */
    async function deliver(payload: string, signature?: string) {
      const headers: Record<string, string> = { "content-type": "application/json" }
      if (signature) {
        headers["stripe-signature"] = signature
      }
      return api.post(HOOK, payload, { headers }).then(
        (response: { status: number; data: unknown }) => response,
        (error: { response: { status: number; data: unknown } }) => error.response,
      )
    }

    /** A cart with pickup and a Stripe payment session, as the storefront builds it. */
    async function stripeCart(quantity: number, sessionData?: Record<string, unknown>) {
      const { data: variants } = await api.get(
        `/admin/product-variants?sku=${product.variants[0].sku}&fields=id`,
        admin,
      )
      const { data: regions } = await api.get("/store/regions", store)
      const created = await post(
        "/store/carts",
        {
          region_id: regions.regions[0].id,
          email: "pembeli.kartu@contoh.karya.local",
          items: [{ variant_id: variants.variants[0].id, quantity }],
          shipping_address: {
            first_name: "Pembeli",
            last_name: "Kartu",
            address_1: "Jalan Uji No. 4",
            city: "Kota Bengkulu",
            province: "Bengkulu",
            postal_code: "38211",
            country_code: "id",
            phone: "+628000000003",
          },
        },
        store,
      )
      const cartId = created.cart.id as string
      // One pickup per shipment: the free "Ambil di <fasilitas>" option.
      await chooseShipping(api, store, cartId, "pickup")
      const collection = await post(
        "/store/payment-collections",
        { cart_id: cartId },
        store,
      )
      const sessions = await post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE, ...(sessionData ? { data: sessionData } : {}) },
        store,
      )
      const session = sessions.payment_collection.payment_sessions.find(
        (candidate: { provider_id: string }) => candidate.provider_id === STRIPE,
      ) as Json
      const { data: cart } = await api.get(
        `/store/carts/${cartId}?fields=id,total`,
        store,
      )
      return { cartId, session, total: cart.cart.total as number }
    }

    async function orderOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "order.id"],
        filters: { id: cartId },
      })
      return (data[0] as { order?: { id: string } | null }).order?.id
    }

    async function paymentsOf(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,payment_status,` +
          "payment_collections.payments.id,payment_collections.payments.captured_at," +
          "payment_collections.payments.captures.id",
        admin,
      )
      return {
        payment_status: data.order.payment_status as string,
        payments: data.order.payment_collections.flatMap(
          (collection: Json) => collection.payments,
        ) as { id: string; captured_at: string | null; captures: { id: string }[] }[],
      }
    }

    const settle = () => new Promise((resolve) => setTimeout(resolve, 7000))

    it("opens a payment intent in IDR and gives the storefront its client secret", async () => {
      const { session, total } = await stripeCart(2)
      expect(session.data.client_secret).toMatch(/^pi_fake\d+_secret_/)
      const created = stripe.requests.find(
        (request) =>
          request.path === "/v1/payment_intents" &&
          request.body["metadata[session_id]"] === session.id,
      )!
      // Stripe treats IDR as a two-decimal currency: Medusa sends whole rupiah × 100.
      expect(Number.isInteger(total)).toBe(true)
      expect(created.body).toMatchObject({
        amount: String(total * 100),
        currency: "idr",
        capture_method: "automatic",
      })
    })

    it("places the order once the card is confirmed and ignores a replayed webhook", async () => {
      const { cartId, session } = await stripeCart(1)
      const intentId = session.data.id as string
      stripe.confirmOnClient(intentId)

      const completed = await post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toEqual("order")
      const placed = await paymentsOf(completed.order.id)
      expect(placed.payment_status).toEqual("captured")
      expect(placed.payments).toHaveLength(1)
      expect(placed.payments[0].captures).toHaveLength(1)

      const { payload, signature } = signedEvent(
        "payment_intent.succeeded",
        stripe.intent(intentId),
      )
      const eventId = JSON.parse(payload).id
      const first = await deliver(payload, signature)
      expect(first.status).toEqual(200)
      await eventually(
        async () => (accepted.includes(eventId) ? true : undefined),
        15_000,
      )

      const replay = await deliver(payload, signature)
      expect(replay.status).toEqual(200)
      expect(replay.data).toEqual({ received: true, duplicate: true })
      // Stripe's own retries are signed anew; they are the same event all the same.
      const retry = signedEvent("payment_intent.succeeded", stripe.intent(intentId))
      expect((await deliver(retry.payload, retry.signature)).data).toEqual({
        received: true,
        duplicate: true,
      })
      await settle()

      expect(accepted.filter((id) => id === eventId)).toHaveLength(1)
      const after = await paymentsOf(completed.order.id)
      expect(after.payments).toHaveLength(1)
      expect(after.payments[0].captures).toHaveLength(1)
      // Automatic capture: Stripe captured, Medusa never asked it to.
      expect(stripe.captures(intentId)).toEqual(0)
    })

    it("completes a cart from a signed payment_intent.succeeded when the buyer never returns", async () => {
      const { cartId, session } = await stripeCart(1)
      const intentId = session.data.id as string
      stripe.confirmOnClient(intentId)

      const { payload, signature } = signedEvent(
        "payment_intent.succeeded",
        stripe.intent(intentId),
      )
      expect((await deliver(payload, signature)).status).toEqual(200)
      const orderId = await eventually(() => orderOfCart(cartId), 30_000)
      const placed = await eventually(async () => {
        const state = await paymentsOf(orderId)
        return state.payment_status === "captured" ? state : undefined
      }, 15_000)
      expect(placed.payments).toHaveLength(1)
      expect(placed.payments[0].captures).toHaveLength(1)

      expect((await deliver(payload, signature)).data).toEqual({
        received: true,
        duplicate: true,
      })
      await settle()
      expect(await orderOfCart(cartId)).toEqual(orderId)
      const after = await paymentsOf(orderId)
      expect(after.payments[0].captures).toHaveLength(1)
    })

    it("authorizes from amount_capturable_updated, then captures once when staff capture", async () => {
      const { cartId, session } = await stripeCart(1, { capture_method: "manual" })
      const intentId = session.data.id as string
      expect(stripe.intent(intentId).capture_method).toEqual("manual")
      stripe.confirmOnClient(intentId)

      const authorized = signedEvent(
        "payment_intent.amount_capturable_updated",
        stripe.intent(intentId),
      )
      expect((await deliver(authorized.payload, authorized.signature)).status).toEqual(
        200,
      )
      const orderId = await eventually(() => orderOfCart(cartId), 30_000)
      // The order exists a moment before its payment is linked and its status settles.
      const placed = await eventually(async () => {
        const state = await paymentsOf(orderId)
        return state.payments.length && state.payment_status === "authorized"
          ? state
          : undefined
      }, 30_000)
      expect(placed.payments[0].captures).toHaveLength(0)

      await post(`/admin/payments/${placed.payments[0].id}/capture`, {}, admin)
      expect(stripe.captures(intentId)).toEqual(1)

      const succeeded = signedEvent("payment_intent.succeeded", stripe.intent(intentId))
      expect((await deliver(succeeded.payload, succeeded.signature)).status).toEqual(200)
      expect((await deliver(succeeded.payload, succeeded.signature)).data).toMatchObject({
        duplicate: true,
      })
      await settle()
      const after = await paymentsOf(orderId)
      expect(after.payment_status).toEqual("captured")
      expect(after.payments[0].captures).toHaveLength(1)
      expect(stripe.captures(intentId)).toEqual(1)
    })

    it("rejects a bad signature with 400 and changes nothing", async () => {
      const { cartId, session } = await stripeCart(1)
      const intentId = session.data.id as string
      stripe.confirmOnClient(intentId)
      const { payload } = signedEvent("payment_intent.succeeded", stripe.intent(intentId))
      const eventId = JSON.parse(payload).id
      const forged = new StripeSdk(API_KEY).webhooks.generateTestHeaderString({
        payload,
        secret: "whsec_someone_else",
      })

      const response = await deliver(payload, forged)
      expect(response.status).toEqual(400)
      expect((response.data as Json).message).toMatch(/stripe-signature/)
      const unsigned = await deliver(payload)
      expect(unsigned.status).toEqual(400)
      expect((unsigned.data as Json).message).toMatch(
        /stripe-signature header is missing/,
      )
      await settle()
      expect(accepted).not.toContain(eventId)
      expect(await orderOfCart(cartId)).toBeUndefined()

      // A rejected delivery is not remembered: the genuine one still goes through.
      const genuine = signedEvent("payment_intent.succeeded", stripe.intent(intentId))
      expect((await deliver(genuine.payload, genuine.signature)).data).not.toMatchObject({
        duplicate: true,
      })
      await eventually(() => orderOfCart(cartId), 30_000)
    })

    it("rejects a correctly signed but stale delivery with 400", async () => {
      const { cartId, session } = await stripeCart(1)
      const intentId = session.data.id as string
      stripe.confirmOnClient(intentId)
      const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600
      const { payload, signature } = signedEvent(
        "payment_intent.succeeded",
        stripe.intent(intentId),
        tenMinutesAgo,
      )

      const response = await deliver(payload, signature)
      expect(response.status).toEqual(400)
      expect((response.data as Json).message).toMatch(/stripe-signature.*tolerance/i)
      await settle()
      expect(accepted).not.toContain(JSON.parse(payload).id)
      expect(await orderOfCart(cartId)).toBeUndefined()
    })
  },
})
