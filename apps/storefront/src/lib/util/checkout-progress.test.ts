import { describe, expect, it } from "vitest"

import {
  type CheckoutCart,
  checkoutProgress,
  chosenPaymentSession,
  currentCheckoutStep,
  parseCheckoutStep,
} from "./checkout-progress"
import type { ShippingGroup } from "./shipping-groups"

const address = {
  address_1: "Jl. Pemuda No. 12",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60271",
  phone: "+6281234567890",
}

function group(selected: string | null): ShippingGroup {
  return {
    shipping_profile_id: "sp_1",
    kind: "parcel",
    facility: { id: "fac_1", name: "Lapas Contoh", province: "Jawa Timur" },
    items: [{ id: "item_1", title: "Tas", quantity: 1 }],
    weight_grams: 800,
    subtotal: 150000,
    selected_option_id: selected,
    options: [
      {
        id: "so_kurir",
        name: "Kurir Reguler",
        code: "reguler",
        amount: 9000,
        free_shipping: false,
        eta_min_days: 1,
        eta_max_days: 2,
        description: null,
      },
    ],
  }
}

const TRANSFER = ["pp_transfer_bank"]

describe("checkoutProgress", () => {
  it("needs e-mail and a full address first", () => {
    expect(checkoutProgress({ shipping_address: address }, null, TRANSFER).alamat).toBe(
      false,
    )
    expect(
      checkoutProgress({ email: "a@b.id", shipping_address: address }, null, TRANSFER),
    ).toEqual({ alamat: true, pengiriman: false, pembayaran: false })
  })

  it("needs an option for every shipment", () => {
    const cart: CheckoutCart = { email: "a@b.id", shipping_address: address }
    expect(
      checkoutProgress(cart, [group("so_kurir"), group(null)], TRANSFER).pengiriman,
    ).toBe(false)
    expect(checkoutProgress(cart, [group("so_hilang")], TRANSFER).pengiriman).toBe(false)
    expect(checkoutProgress(cart, [group("so_kurir")], TRANSFER).pengiriman).toBe(true)
  })

  it("needs a live session of an offered provider", () => {
    const withSession = (provider_id: string, status: string): CheckoutCart => ({
      email: "a@b.id",
      shipping_address: address,
      payment_collection: { payment_sessions: [{ id: "ps_1", provider_id, status }] },
    })
    const groups = [group("so_kurir")]
    expect(
      checkoutProgress(withSession("pp_transfer_bank", "pending"), groups, TRANSFER)
        .pembayaran,
    ).toBe(true)
    expect(
      checkoutProgress(withSession("pp_stripe_stripe", "pending"), groups, TRANSFER)
        .pembayaran,
    ).toBe(false)
    expect(
      chosenPaymentSession(withSession("pp_transfer_bank", "canceled"), TRANSFER),
    ).toBeUndefined()
  })
})

describe("currentCheckoutStep", () => {
  const done = { alamat: true, pengiriman: true, pembayaran: false }

  it("opens the first step that is not done", () => {
    expect(currentCheckoutStep(undefined, done)).toBe("pembayaran")
    expect(
      currentCheckoutStep(undefined, {
        alamat: true,
        pengiriman: true,
        pembayaran: true,
      }),
    ).toBe("tinjau")
  })

  it("goes back to an earlier step on request but never skips ahead", () => {
    expect(currentCheckoutStep("alamat", done)).toBe("alamat")
    expect(currentCheckoutStep("tinjau", done)).toBe("pembayaran")
  })

  it("reads the step from the query string", () => {
    expect(parseCheckoutStep("pengiriman")).toBe("pengiriman")
    expect(parseCheckoutStep(["tinjau", "alamat"])).toBe("tinjau")
    expect(parseCheckoutStep("bayar")).toBeUndefined()
  })
})
