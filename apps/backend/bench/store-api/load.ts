import autocannon from "autocannon"

export type LoadFigures = {
  connections: number
  /** Completed iterations (requests, or request chains for carts). */
  iterations: number
  per_second: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  /** Non-2xx answers plus socket errors and timeouts. */
  errors: number
  peak_memory_mib?: number
}

const round = (value: number) => Math.round(value * 10) / 10

export function percentiles(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0
  return { p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), p99_ms: round(at(0.99)) }
}

/**
 * GETs the paths in turn (rotating, so no single row is served from a warm cache;
 * a `turn` shared between runs carries the rotation on from a warm-up)
 * with autocannon for `seconds`. Autocannon's own percentiles stop at p97.5, so
 * each response time is kept and p95 computed here.
 */
export async function hammer(options: {
  url: string
  headers: Record<string, string>
  paths: string[]
  turn?: { next: number }
  connections: number
  seconds: number
}): Promise<LoadFigures> {
  const turn = options.turn ?? { next: 0 }
  const durations: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        headers: options.headers,
        connections: options.connections,
        duration: options.seconds,
        // A slow answer is a figure, not an error: only one past 30 s counts as a timeout.
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: options.paths[turn.next++ % options.paths.length],
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      durations.push(responseTime)
    })
  })
  return {
    connections: options.connections,
    iterations: durations.length,
    per_second: round(durations.length / options.seconds),
    ...percentiles(durations),
    // autocannon counts timeouts among its errors.
    errors: result.non2xx + result.errors,
  }
}

/**
 * Runs `iteration` from `connections` loops at once until `seconds` have passed
 * or the work runs out (`iteration` returns false); each iteration's time is one
 * sample, however many requests it makes. Used where one measured step is a
 * chain of requests (cart, then line item) or where each item is used once.
 * `prepare`, when given, runs untimed before each iteration and hands it its result;
 * the throughput is still per wall-clock second, preparation included.
 */
export async function loop<Prepared = undefined>(options: {
  connections: number
  seconds: number
  prepare?: () => Promise<Prepared>
  iteration: (prepared: Prepared) => Promise<boolean | "error">
}): Promise<LoadFigures> {
  const durations: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) {
        const prepared = (await options.prepare?.()) as Prepared
        const begin = performance.now()
        const outcome = await options.iteration(prepared).catch(() => "error" as const)
        if (outcome === false) {
          return
        }
        durations.push(performance.now() - begin)
        if (outcome === "error") {
          errors++
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return {
    connections: options.connections,
    iterations: durations.length,
    per_second: round(durations.length / seconds),
    ...percentiles(durations),
    errors,
  }
}
