import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import {
  redisUrl,
  refuseUnsafeProductionSecrets,
  secretOrDevelopmentDefault,
  storefrontUrl,
} from "./src/lib/runtime-env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

refuseUnsafeProductionSecrets()

const REDIS_URL = redisUrl()
const STOREFRONT_URL = storefrontUrl()
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/**
 * With REDIS_URL set, events, workflows, locking and cache move to Redis so
 * several server and worker processes can share the work; without it Medusa's
 * in-memory modules serve a single process.
 */
const redisModules = REDIS_URL
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: REDIS_URL },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL },
            },
          ],
        },
      },
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl: REDIS_URL },
      },
    ]
  : []

/**
 * Stripe joins the always-available bank transfer only when both its API key
 * and its webhook signing secret are set: without the secret a payment could
 * never be confirmed safely.
 */
const STRIPE_ENABLED = Boolean(
  process.env.STRIPE_API_KEY?.trim() && process.env.STRIPE_WEBHOOK_SECRET?.trim(),
)

const paymentModule = {
  key: Modules.PAYMENT,
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      {
        resolve: "./src/modules/bank-transfer",
        id: "bank",
        options: {
          bank_name: process.env.BANK_TRANSFER_BANK_NAME || "Bank Rakyat Indonesia",
          account_number:
            process.env.BANK_TRANSFER_ACCOUNT_NUMBER || "0123-01-000123-30-5",
          account_holder:
            process.env.BANK_TRANSFER_ACCOUNT_HOLDER || "Koperasi Karya Warga Binaan",
          payment_window_hours: Number(process.env.BANK_TRANSFER_WINDOW_HOURS || 24),
        },
      },
      // Partner shops' payment by invoice; see src/modules/invoice-payment.
      { resolve: "./src/modules/invoice-payment", id: "partner" },
      ...(STRIPE_ENABLED
        ? [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: {
                apiKey: process.env.STRIPE_API_KEY,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                capture: true,
              },
            },
          ]
        : []),
    ],
  },
}

const fulfillmentModule = {
  key: Modules.FULFILLMENT,
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/rate-table-fulfillment", id: "karya" },
    ],
  },
}

/**
 * The admin feed keeps Medusa's local provider; buyer e-mail goes through
 * SendGrid when it is configured and is logged by a local provider otherwise.
 */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Admin feed", channels: ["feed"] },
      },
      process.env.SENDGRID_API_KEY?.trim()
        ? {
            resolve: "@medusajs/medusa/notification-sendgrid",
            id: "sendgrid",
            options: {
              channels: ["email"],
              api_key: process.env.SENDGRID_API_KEY,
              from: process.env.SENDGRID_FROM || "pesanan@karya.local",
            },
          }
        : {
            resolve: "@medusajs/medusa/notification-local",
            id: "local-email",
            options: { name: "E-mail log", channels: ["email"] },
          },
    ],
  },
}

const S3_BUCKET = process.env.S3_BUCKET?.trim()

/**
 * Uploaded files (product images, certificate documents) go to S3-compatible
 * object storage when a bucket is named, so every server process serves the same
 * files; otherwise Medusa's local provider keeps them in static/.
 */
const fileModules = S3_BUCKET
  ? [
      {
        key: Modules.FILE,
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/file-s3",
              id: "s3",
              options: {
                bucket: S3_BUCKET,
                region: process.env.S3_REGION || "auto",
                file_url: process.env.S3_FILE_URL,
                access_key_id: process.env.S3_ACCESS_KEY_ID,
                secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
                endpoint: process.env.S3_ENDPOINT || undefined,
                // Self-hosted stores (MinIO and the like) address buckets by path.
                additional_client_config: {
                  forcePathStyle: Boolean(process.env.S3_ENDPOINT),
                },
              },
            },
          ],
        },
      },
    ]
  : []

const MEILISEARCH_HOST = process.env.MEILISEARCH_HOST?.trim()

/**
 * Product search runs on Medusa's Search Module. PostgreSQL serves it by
 * default (full text plus trigram typo tolerance; Medusa's provider with its
 * facets counted in one pass and asked beside the hits, src/modules/postgres-search),
 * so the embedded setup needs nothing else; with MEILISEARCH_HOST set our
 * Meilisearch provider takes over and PostgreSQL stays registered so the switch
 * can drop the old index.
 */
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      {
        resolve: "./src/modules/postgres-search",
        id: "postgres",
        options: { engine: "native" },
      },
      ...(MEILISEARCH_HOST
        ? [
            {
              resolve: "./src/modules/meilisearch",
              id: "meilisearch",
              options: {
                host: MEILISEARCH_HOST,
                api_key: process.env.MEILISEARCH_API_KEY?.trim() || undefined,
              },
            },
          ]
        : []),
    ],
    ...(MEILISEARCH_HOST ? { default_provider: "meilisearch" } : {}),
  },
}

module.exports = defineConfig({
  // Medusa's Translation Module: store routes answer catalog content in the
  // request's locale (`locale` query parameter or `x-medusa-locale` header).
  featureFlags: { translation: true },
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: REDIS_URL,
    workerMode: process.env.MEDUSA_WORKER_MODE as
      | "shared"
      | "worker"
      | "server"
      | undefined,
    http: {
      storeCors: process.env.STORE_CORS || STOREFRONT_URL,
      adminCors: process.env.ADMIN_CORS || BACKEND_URL,
      authCors: process.env.AUTH_CORS || `${STOREFRONT_URL},${BACKEND_URL}`,
      jwtSecret: secretOrDevelopmentDefault(process.env.JWT_SECRET),
      cookieSecret: secretOrDevelopmentDefault(process.env.COOKIE_SECRET),
    },
  },
  admin: {
    path: "/app",
    backendUrl: BACKEND_URL,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/provenance" },
    { resolve: "./src/modules/impact" },
    { resolve: "./src/modules/quality" },
    { resolve: "./src/modules/shipping-rates" },
    { resolve: "./src/modules/payment-webhooks" },
    { resolve: "./src/modules/wholesale" },
    { resolve: "./src/modules/staff" },
    { resolve: "@medusajs/medusa/translation" },
    paymentModule,
    fulfillmentModule,
    notificationModule,
    searchModule,
    ...fileModules,
    ...redisModules,
  ],
})
