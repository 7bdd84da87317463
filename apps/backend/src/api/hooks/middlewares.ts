import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import Stripe from "stripe"
import { PAYMENT_WEBHOOKS_MODULE } from "../../modules/payment-webhooks"
import type PaymentWebhooksModuleService from "../../modules/payment-webhooks/service"

// Medusa's Stripe module registers one provider per payment method, all with id "stripe".
const STRIPE_PROVIDER = /^stripe(-[a-z0-9]+)?_stripe$/

let stripeClient: { key: string; client: Stripe } | undefined

function stripeFor(apiKey: string): Stripe {
  if (stripeClient?.key !== apiKey) {
    stripeClient = { key: apiKey, client: new Stripe(apiKey) }
  }
  return stripeClient.client
}

function reject(res: MedusaResponse, message: string) {
  res.status(400).json({ type: "invalid_data", message })
}

/**
 * Medusa's webhook route answers 200 before it checks anything. This checks
 * the Stripe signature and its timestamp (Stripe's 300 s tolerance) first, so
 * a forged or stale delivery gets a 400 and changes nothing, and lets each
 * Stripe event through once: a replay gets 200 without a second effect.
 */
async function verifyStripeWebhook(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const provider = req.params.provider
  const apiKey = process.env.STRIPE_API_KEY?.trim()
  const secret = process.env.STRIPE_WEBHOOK_SECRET?.trim()
  // Without both, medusa-config registers no Stripe provider for this route to reach.
  if (!STRIPE_PROVIDER.test(provider) || !apiKey || !secret) {
    return next()
  }
  const signature = req.headers["stripe-signature"]
  if (typeof signature !== "string" || !signature) {
    return reject(res, "Stripe webhook rejected: the stripe-signature header is missing")
  }
  if (!req.rawBody) {
    return reject(res, "Stripe webhook rejected: the request body is empty")
  }
  let event: Stripe.Event
  try {
    event = stripeFor(apiKey).webhooks.constructEvent(req.rawBody, signature, secret)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return reject(
      res,
      `Stripe webhook rejected: invalid stripe-signature header (${reason})`,
    )
  }

  const webhooks: PaymentWebhooksModuleService = req.scope.resolve(
    PAYMENT_WEBHOOKS_MODULE,
  )
  const first = await webhooks.recordFirstDelivery({
    provider,
    event_id: event.id,
    event_type: event.type,
  })
  if (!first) {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  // If Medusa's route fails to queue the event, forget it so Stripe's retry is not a "replay".
  res.on("finish", () => {
    if (res.statusCode >= 400) {
      webhooks.forgetDelivery({ provider, event_id: event.id }).catch(() => undefined)
    }
  })
  next()
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/:provider",
    methods: ["POST"],
    middlewares: [verifyStripeWebhook],
  },
]
