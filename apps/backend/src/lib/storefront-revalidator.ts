import type { Logger } from "@medusajs/framework/types"

export type StorefrontRevalidatorOptions = {
  /** The storefront's revalidation route, `<STOREFRONT_URL>/api/revalidate`. */
  endpoint: string
  secret: string
  logger: Pick<Logger, "warn" | "debug">
  /** Tags scheduled within this window after the first one travel in one request. */
  windowMs?: number
  /** A storefront slower than this counts as down. */
  timeoutMs?: number
  /** Report failures at debug level: tests run without a storefront. */
  quiet?: boolean
}

export type StorefrontRevalidator = {
  /**
   * Adds tags to the next request. The returned promise settles once that request is
   * answered or has failed; it never rejects, and nobody has to wait for it.
   */
  schedule(tags: readonly string[]): Promise<void>
}

/**
 * Tells the storefront which cached reads are stale. Events come in bursts (a seed, an
 * order touching many rows), so tags are collected for a short window and sent as one
 * request. A storefront that is down or slow only costs a log line: the backend's own
 * work never waits for it or fails because of it, and the storefront's time-based
 * expiry catches up.
 */
export function createStorefrontRevalidator({
  endpoint,
  secret,
  logger,
  windowMs = 500,
  timeoutMs = 2_000,
  quiet = false,
}: StorefrontRevalidatorOptions): StorefrontRevalidator {
  let pending = new Set<string>()
  let nextDelivery: Promise<void> | undefined

  const report = (message: string) =>
    quiet ? logger.debug(message) : logger.warn(message)

  async function deliver(tags: string[]): Promise<void> {
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (response.ok) {
        logger.debug(`Storefront revalidated ${tags.join(", ")}`)
      } else {
        report(
          `Storefront refused to revalidate ${tags.join(", ")} at ${endpoint}: HTTP ${response.status}`,
        )
      }
    } catch (error) {
      report(
        `Storefront at ${endpoint} not reachable to revalidate ${tags.join(", ")}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      )
    }
  }

  return {
    schedule(tags) {
      if (!tags.length) {
        return nextDelivery ?? Promise.resolve()
      }
      for (const tag of tags) {
        pending.add(tag)
      }
      nextDelivery ??= new Promise<void>((resolve) => {
        // unref: a pending revalidation never keeps a finished process alive.
        setTimeout(() => {
          const batch = [...pending].sort()
          pending = new Set()
          nextDelivery = undefined
          void deliver(batch).then(resolve)
        }, windowMs).unref()
      })
      return nextDelivery
    },
  }
}
