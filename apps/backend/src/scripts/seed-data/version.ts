/**
 * Bumped whenever the demo data changes, so `pnpm dev` re-runs the
 * (idempotent) seed on an existing database and fills in what is new.
 */
export const DEMO_SEED_VERSION = 2
