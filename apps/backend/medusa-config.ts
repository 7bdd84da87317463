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

module.exports = defineConfig({
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
    ...redisModules,
  ],
})
