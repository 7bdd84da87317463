/**
 * Requests from dashboard extensions to the admin API. The dashboard signs staff
 * in with a session cookie on the backend's origin and serves itself from that
 * same origin (at /app), so relative URLs with credentials carry the session.
 * `@medusajs/js-sdk` is not a dependency of the backend, hence plain fetch.
 */

type QueryValue = string | number | string[] | undefined | null

export type Query = Record<string, QueryValue>

/** An admin API failure; `message` is the server's own explanation when it gave one. */
export class AdminApiError extends Error {
  readonly status: number

  constructor(message: string, status: number) {
    super(message)
    this.name = "AdminApiError"
    this.status = status
  }
}

/**
 * Builds a URL with the given query, leaving out empty values so filters stay
 * optional. A list repeats its key (`id=a&id=b`), which Medusa reads as an array.
 */
export function adminUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, item)
    } else if (value !== undefined && value !== null && value !== "") {
      params.set(key, String(value))
    }
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export function serverMessage(body: unknown): string | undefined {
  if (body && typeof body === "object" && "message" in body) {
    const { message } = body as { message: unknown }
    if (typeof message === "string" && message.trim() !== "") {
      return message
    }
  }
  return undefined
}

async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    credentials: "include",
    headers: { accept: "application/json", ...init.headers },
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    throw new AdminApiError(
      serverMessage(body) ?? `${response.status} ${response.statusText}`,
      response.status,
    )
  }
  return body as T
}

export function adminGet<T>(path: string, query?: Query): Promise<T> {
  return request<T>(adminUrl(path, query))
}

export function adminPost<T>(path: string, body: object = {}): Promise<T> {
  return request<T>(adminUrl(path), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
}

export function adminDelete<T>(path: string): Promise<T> {
  return request<T>(adminUrl(path), { method: "DELETE" })
}

/**
 * Sends files to Medusa's own upload route. The browser sets the multipart
 * content type itself (with its boundary), so none is given here.
 */
export function adminUpload(
  files: File[],
): Promise<{ files: { id: string; url: string }[] }> {
  const body = new FormData()
  for (const file of files) body.append("files", file)
  return request(adminUrl("/admin/uploads"), { method: "POST", body })
}
