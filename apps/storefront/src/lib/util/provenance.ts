/** Crockford's base32, as the backend prints batch codes: no I, L, O or U. */
const BATCH_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const BATCH_CODE_LENGTH = 10

/**
 * A typed or scanned batch code in its printed form, or null when it cannot be one.
 * The letters the alphabet leaves out are read as the digits they are mistaken for,
 * and spaces or dashes someone adds while copying a label are dropped.
 */
export function normalizeBatchCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
  const valid =
    code.length === BATCH_CODE_LENGTH &&
    [...code].every((char) => BATCH_CODE_ALPHABET.includes(char))
  return valid ? code : null
}

function isPast(isoTimestamp: string | null | undefined, now: Date): boolean {
  if (!isoTimestamp) {
    return false
  }
  const moment = new Date(isoTimestamp).getTime()
  return !Number.isNaN(moment) && moment <= now.getTime()
}

/** What a shopper needs to know about a batch, in the words the page uses. */
export type BatchStanding = "on_sale" | "on_hold" | "recalled" | "expired"

type JudgedBatch = {
  status: string
  expires_at: string | null
  /** The backend's verdict: inspection passed, certificates valid, not expired or held. */
  sellable: boolean
}

/**
 * Recalls outrank everything, then expiry; a batch the backend will not sell for any
 * other reason (failed inspection, lapsed certificate) is shown as on hold. The expiry
 * is checked here too because the daily job marks expired batches only once a day.
 */
export function batchStanding(batch: JudgedBatch, now: Date): BatchStanding {
  if (batch.status === "recalled") {
    return "recalled"
  }
  if (batch.status === "expired" || isPast(batch.expires_at, now)) {
    return "expired"
  }
  return batch.status === "active" && batch.sellable ? "on_sale" : "on_hold"
}

export type CertificateValidity = "valid" | "lapsed" | "open_ended"

/** A certificate without an end date (a non-halal declaration) never lapses. */
export function certificateValidity(
  certificate: { valid_until: string | null },
  now: Date,
): CertificateValidity {
  if (!certificate.valid_until) {
    return "open_ended"
  }
  return isPast(certificate.valid_until, now) ? "lapsed" : "valid"
}
