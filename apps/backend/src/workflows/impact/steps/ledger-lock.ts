/**
 * Ledger writes read the ledger first (what is already recorded, what a batch
 * has left), so they run one at a time: a replayed event and the original, or
 * two orders of the same batch, cannot interleave.
 */
export const LEDGER_LOCK = { key: "impact-ledger", timeout: 30, ttl: 60 }
