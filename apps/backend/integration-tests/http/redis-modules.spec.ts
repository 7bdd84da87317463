import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"

/**
 * Needs a Redis server, which a newcomer's machine may not have: it runs when
 * TEST_REDIS_URL names one (CI sets it to the machine's Redis).
 */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL
if (TEST_REDIS_URL) {
  // medusa-config reads REDIS_URL when the runner loads it, before `env` applies.
  process.env.REDIS_URL = TEST_REDIS_URL
}

describe.runIf(TEST_REDIS_URL)("with REDIS_URL", () => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it("loads Medusa's Redis modules for events, workflows, locking and cache", () => {
        const container = getContainer()
        const modules = container.resolve("configModule").modules as Record<
          string,
          { resolve?: string }
        >
        expect(modules[Modules.EVENT_BUS].resolve).toEqual(
          "@medusajs/medusa/event-bus-redis",
        )
        expect(modules[Modules.WORKFLOW_ENGINE].resolve).toEqual(
          "@medusajs/medusa/workflow-engine-redis",
        )
        expect(modules[Modules.CACHE].resolve).toEqual("@medusajs/medusa/cache-redis")
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toEqual(
          "RedisEventBusService",
        )
        expect(container.resolve(Modules.CACHE).constructor.name).toEqual(
          "RedisCacheService",
        )
      })

      it("takes locks in Redis", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const redis = new Redis(TEST_REDIS_URL!)
        const key = `karya-test-${Date.now()}`
        try {
          await locking.acquire(key, { expire: 30 })
          expect(await redis.keys(`*${key}*`)).toHaveLength(1)
          await locking.release(key)
          expect(await redis.keys(`*${key}*`)).toHaveLength(0)
        } finally {
          redis.disconnect()
        }
      })

      it("serves requests", async () => {
        const response = await api.get("/health")
        expect(response.status).toEqual(200)
      })
    },
  })
})
