import { rateLimit, type Options } from "express-rate-limit"
import Redis from "ioredis"
import { rateLimitStore, redisRateLimitStore } from "./rate-limit-store"

const WINDOW = { windowMs: 60_000 } as Options

describe("rateLimitStore", () => {
  it("leaves counting in memory when REDIS_URL is not set", () => {
    expect(rateLimitStore("order-lookups", {})).toBeUndefined()
  })
})

/**
 * Needs a Redis server, which a newcomer's machine may not have: it runs when
 * TEST_REDIS_URL names one (CI sets it to the machine's Redis).
 */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL

describe.runIf(TEST_REDIS_URL)("redisRateLimitStore", () => {
  const clients: Redis[] = []
  const name = `test-${process.pid}-${Date.now()}`

  function serverProcess() {
    const client = new Redis(TEST_REDIS_URL!, { lazyConnect: true })
    clients.push(client)
    return client
  }

  afterAll(async () => {
    const [client] = clients
    const keys = await client.keys(`karya:rate-limit:${name}*`)
    if (keys.length) {
      await client.del(...keys)
    }
    await Promise.all(clients.map((c) => c.quit()))
  })

  it("does not connect before a limited request arrives", () => {
    const client = serverProcess()
    rateLimit({ store: redisRateLimitStore(client, `${name}-idle`) })
    expect(client.status).toEqual("wait")
  })

  it("shares one limiter's counts between server processes, apart from other limiters", async () => {
    const [first, second, other] = [
      redisRateLimitStore(serverProcess(), name),
      redisRateLimitStore(serverProcess(), name),
      redisRateLimitStore(serverProcess(), `${name}-other`),
    ]
    for (const store of [first, second, other]) {
      store.init?.(WINDOW)
    }

    expect((await first.increment("203.0.113.7")).totalHits).toEqual(1)
    expect((await second.increment("203.0.113.7")).totalHits).toEqual(2)
    expect((await other.increment("203.0.113.7")).totalHits).toEqual(1)
    await second.decrement("203.0.113.7")
    const { totalHits, resetTime } = await first.increment("203.0.113.7")
    expect(totalHits).toEqual(2)
    expect(resetTime!.getTime()).toBeGreaterThan(Date.now())
  })
})
