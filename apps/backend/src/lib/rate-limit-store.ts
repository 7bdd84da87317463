import { logger } from "@medusajs/framework/logger"
import type { Options, Store } from "express-rate-limit"
import Redis from "ioredis"
import { RedisStore, type RedisReply } from "rate-limit-redis"
import { redisUrl } from "./runtime-env"

/**
 * rate-limit-redis loads its Lua scripts the moment a limiter is created and keeps
 * a failed load forever. Loading them on first use instead lets the server start
 * before Redis is reachable (as Medusa's own Redis modules do) and recover once it
 * is, and keeps the connection closed until a limited endpoint is called.
 */
class LazyRedisStore implements Store {
  readonly localKeys = false
  readonly prefix: string
  #store: RedisStore
  #options?: Options
  #loading?: Promise<void>

  constructor(client: Redis, prefix: string) {
    this.prefix = prefix
    this.#store = new RedisStore({
      prefix,
      sendCommand: (command: string, ...args: string[]) =>
        client.call(command, ...args) as Promise<RedisReply>,
    })
  }

  init(options: Options) {
    this.#options = options
  }

  async #loaded(): Promise<RedisStore> {
    this.#loading ??= this.#store.init(this.#options!).catch((error: unknown) => {
      this.#loading = undefined
      throw error
    })
    await this.#loading
    return this.#store
  }

  async increment(key: string) {
    return (await this.#loaded()).increment(key)
  }

  async decrement(key: string) {
    return (await this.#loaded()).decrement(key)
  }

  async resetKey(key: string) {
    return (await this.#loaded()).resetKey(key)
  }
}

/** Counts for the limiter `name` in Redis, under a key prefix of its own. */
export function redisRateLimitStore(client: Redis, name: string): Store {
  return new LazyRedisStore(client, `karya:rate-limit:${name}:`)
}

let sharedClient: Redis | undefined

/**
 * With REDIS_URL set every server process counts in the same Redis keys, so a
 * client cannot multiply its allowance by the number of processes. Without it,
 * undefined lets express-rate-limit count in this process's memory.
 */
export function rateLimitStore(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Store | undefined {
  const url = redisUrl(env)
  if (!url) {
    return undefined
  }
  // One retry, then the limiter lets the request through (see passOnStoreError):
  // waiting on an unreachable Redis would stall every sign-in.
  if (!sharedClient) {
    sharedClient = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
    // Named, so an operator sees which part of the server lost Redis.
    sharedClient.on("error", (error: Error) =>
      logger.warn(`Rate limiting cannot reach Redis: ${error.message}`),
    )
  }
  return redisRateLimitStore(sharedClient, name)
}
