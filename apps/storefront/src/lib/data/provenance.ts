import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { getLocale } from "next-intl/server"
import { cache } from "react"

import { CatalogUnavailableError } from "@/lib/data/catalog-unavailable-error"
import { isStoreError, storeRequest } from "@/lib/data/store-api"
import { contentLocale } from "@/lib/util/content-locale"
import { normalizeBatchCode } from "@/lib/util/provenance"

export type ProvenanceCertificate = {
  type: string
  number: string
  issuer: string | null
  valid_from: string | null
  valid_until: string | null
}

/** `GET /store/provenance/:code`: only public fields; makers appear as a count. */
export type Provenance = {
  code: string
  status: string
  /** Not sent by the backend today; shown when it is. */
  recall_reason?: string | null
  produced_at: string
  best_before: string | null
  expires_at: string | null
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  variant: { id: string; title: string | null }
  workshop: {
    handle: string
    name: string
    craft_type: string
    story: string | null
    maker_count: number
    training_hours: number
  }
  facility: { handle: string; name: string; city: string; province: string }
  quality: {
    standard_name: string | null
    standard_met: boolean | null
    certificates: ProvenanceCertificate[]
    sellable: boolean
    last_inspection_at: string | null
    last_inspection_passed: boolean | null
  }
}

/**
 * The batch behind a label's code, or null when no batch has it. Read fresh on every
 * visit, not from the catalog cache: a recall has to show the moment it is made.
 */
export const getProvenance = cache(async (input: string): Promise<Provenance | null> => {
  const code = normalizeBatchCode(input)
  if (!code) {
    return null
  }
  try {
    const { provenance } = await storeRequest<{ provenance: Provenance }>(
      `/store/provenance/${code}`,
      { query: { locale: contentLocale(await getLocale()) } },
    )
    return provenance
  } catch (error) {
    if (isStoreError(error, 404)) {
      return null
    }
    if (error instanceof CatalogUnavailableError) {
      throw error
    }
    console.error(`[storefront] GET /store/provenance/${code} failed:`, error)
    const reachedBackend = error instanceof FetchError && (error.status ?? 500) < 500
    throw new CatalogUnavailableError(
      reachedBackend ? "backend-rejected" : "backend-unreachable",
      { cause: error },
    )
  }
})
