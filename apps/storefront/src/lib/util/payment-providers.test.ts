import { describe, expect, it } from "vitest"

import { offeredPaymentProviders } from "./payment-providers"

describe("offeredPaymentProviders", () => {
  const region = [
    "pp_system_default",
    "pp_stripe_stripe",
    "pp_transfer_bank",
    "pp_invoice_partner",
  ]
  const publicBuyer = { stripeConfigured: true, partnerBuyer: false }

  it("puts bank transfer first and adds Stripe only with a publishable key", () => {
    expect(offeredPaymentProviders(region, publicBuyer)).toEqual([
      "pp_transfer_bank",
      "pp_stripe_stripe",
    ])
    expect(
      offeredPaymentProviders(region, { stripeConfigured: false, partnerBuyer: false }),
    ).toEqual(["pp_transfer_bank"])
  })

  it("never offers what the region does not", () => {
    expect(
      offeredPaymentProviders(["pp_transfer_bank"], {
        stripeConfigured: true,
        partnerBuyer: true,
      }),
    ).toEqual(["pp_transfer_bank"])
  })

  it("hides pay by invoice from everyone but partner buyers", () => {
    expect(offeredPaymentProviders(region, publicBuyer)).not.toContain(
      "pp_invoice_partner",
    )
    expect(
      offeredPaymentProviders(region, { stripeConfigured: false, partnerBuyer: true }),
    ).toEqual(["pp_invoice_partner", "pp_transfer_bank"])
  })
})
