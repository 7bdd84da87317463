import "server-only"

/**
 * Why the catalog cannot be shown. Pages turn this into a friendly message instead of an
 * error page, so a storefront started before (or without) the backend still renders.
 */
export type CatalogUnavailableReason =
  | "missing-publishable-key"
  | "backend-unreachable"
  | "backend-rejected"
  | "region-missing"

export class CatalogUnavailableError extends Error {
  readonly reason: CatalogUnavailableReason

  constructor(reason: CatalogUnavailableReason, options?: ErrorOptions) {
    super(`Catalog unavailable: ${reason}`, options)
    this.name = "CatalogUnavailableError"
    this.reason = reason
  }
}

export type Loaded<T> =
  | { ok: true; data: T }
  | { ok: false; reason: CatalogUnavailableReason }

/** Runs a catalog read; an unavailable backend becomes a value, any other error still throws. */
export async function loadCatalog<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() }
  } catch (error) {
    if (error instanceof CatalogUnavailableError) {
      return { ok: false, reason: error.reason }
    }
    throw error
  }
}
