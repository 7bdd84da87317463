const DEFAULT_BACKEND_URL = "http://localhost:9000"

export const publicBackendUrl =
  process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL

/**
 * The server may reach the backend on a private address (MEDUSA_BACKEND_URL) that the
 * browser cannot; the browser always uses the public one.
 */
export const backendUrl =
  typeof window === "undefined"
    ? process.env.MEDUSA_BACKEND_URL || publicBackendUrl
    : publicBackendUrl

/**
 * Where product and workshop photos live: the backend's own file URLs and, when uploads
 * go to object storage, that store's public address (the backend's S3_FILE_URL). The
 * storefront resizes photos from these origins only, and the browser loads images from
 * nowhere else. Read at build time, like the NEXT_PUBLIC_* values.
 */
export const imageOrigins = [publicBackendUrl, process.env.S3_FILE_URL]
  .filter((url): url is string => Boolean(url))
  .map((url) => new URL(url).origin)

export const publishableKey = process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ?? ""

/** The storefront sells in Indonesia only; the region is found by this country. */
export const STORE_COUNTRY_CODE = "id"

/** Stripe is offered only when the storefront has a key and the region lists the provider. */
export const stripePublishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? ""
