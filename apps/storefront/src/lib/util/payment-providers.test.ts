import { describe, expect, it } from "vitest"

import { offeredPaymentProviders } from "./payment-providers"

describe("offeredPaymentProviders", () => {
  const region = ["pp_system_default", "pp_stripe_stripe", "pp_transfer_bank"]

  it("puts bank transfer first and adds Stripe only with a publishable key", () => {
    expect(offeredPaymentProviders(region, true)).toEqual([
      "pp_transfer_bank",
      "pp_stripe_stripe",
    ])
    expect(offeredPaymentProviders(region, false)).toEqual(["pp_transfer_bank"])
  })

  it("never offers what the region does not", () => {
    expect(offeredPaymentProviders(["pp_transfer_bank"], true)).toEqual([
      "pp_transfer_bank",
    ])
  })
})
