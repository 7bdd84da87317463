import { MedusaError } from "@medusajs/framework/utils"
import type { searchOutage } from "../../lib/search-outage"

type OutageRecord = typeof searchOutage

/** Callers show "search unavailable" for errors starting with this. */
export const UNREACHABLE_PREFIX = "Meilisearch is unreachable:"

type ClientError = Error & {
  cause?: unknown
  response?: { status: number; headers?: Headers }
}

type MeilisearchErrorBody = { code?: string; message?: string }

// Statuses a proxy answers with while Meilisearch behind it is down.
const GATEWAY_STATUSES = new Set([502, 503, 504])

/**
 * A Medusa error for the search module, with the HTTP status kept where the module
 * reads it: on a 429 it waits `retry_after` milliseconds and retries the write.
 */
export type SearchProviderError = MedusaError & { status?: number; retry_after?: number }

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) {
    return String(cause)
  }
  const code = (cause.cause as { code?: string } | undefined)?.code
  return code ? `${cause.message} (${code})` : cause.message
}

function unreachable(detail: string, outage: OutageRecord): MedusaError {
  outage.record(new Date())
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `${UNREACHABLE_PREFIX} ${detail}`,
  )
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const seconds = Number(headers?.get("retry-after"))
  return headers?.has("retry-after") && Number.isFinite(seconds)
    ? seconds * 1000
    : undefined
}

function fromApiError(error: ClientError, outage: OutageRecord): MedusaError {
  const status = error.response?.status ?? 0
  const body = (error.cause ?? {}) as MeilisearchErrorBody
  if (!body.code && GATEWAY_STATUSES.has(status)) {
    return unreachable(`HTTP ${status} ${error.message}`, outage)
  }
  const code = body.code ?? `http_${status}`
  const message = body.message ?? error.message
  const translated: SearchProviderError =
    status >= 500
      ? new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch failed (${code}): ${message}`,
          code,
        )
      : new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Meilisearch rejected the request (${code}): ${message}`,
          code,
        )
  translated.status = status
  translated.retry_after = retryAfterMs(error.response?.headers)
  return translated
}

/**
 * Turns what the Meilisearch client throws into a MedusaError. Network errors and
 * timeouts say Meilisearch is unreachable and record the outage.
 */
export function translateClientError(error: unknown, outage: OutageRecord): unknown {
  if (!(error instanceof Error) || MedusaError.isMedusaError(error)) {
    return error
  }
  const clientError = error as ClientError
  switch (clientError.name) {
    case "MeilisearchRequestError":
      // The cause is the fetch failure, or the client's own timeout error.
      return unreachable(describeCause(clientError.cause), outage)
    case "MeilisearchApiError":
      return fromApiError(clientError, outage)
    case "MeilisearchTaskTimeOutError":
      return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, clientError.message)
    case "SyntaxError":
      // The client parses every body as JSON; a proxy's HTML error page lands here.
      return unreachable(
        `the answer was not Meilisearch's (${clientError.message})`,
        outage,
      )
    default:
      return error
  }
}
