/**
 * What the dev launcher (scripts/dev.mts) and the seed must agree on, kept in
 * one place: which key the storefront gets, who the demo admin and partner buyer are, and which
 * version of the demo data a database holds.
 */

/** Bumped whenever the demo data changes, so `pnpm dev` re-runs the (idempotent) seed. */
export const DEMO_SEED_VERSION = 8

/** Title of the publishable API key the seed creates for the storefront. */
export const PUBLISHABLE_KEY_TITLE = "Storefront"

/** The staff admin the seed creates; development defaults, overridden by the environment. */
export function demoAdmin(env: NodeJS.ProcessEnv = process.env): {
  email: string
  password: string
} {
  return {
    email: env.SEED_ADMIN_EMAIL || "admin@karya.local",
    password: env.SEED_ADMIN_PASSWORD || "karyalapas123",
  }
}

/** The buyer account of the demo partner shop (wholesale); development defaults. */
export function demoPartnerBuyer(env: NodeJS.ProcessEnv = process.env): {
  email: string
  password: string
} {
  return {
    email: env.SEED_PARTNER_EMAIL || "mitra@karya.local",
    password: env.SEED_PARTNER_PASSWORD || "mitrakarya123",
  }
}
