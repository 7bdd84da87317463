import { describe, expect, it } from "vitest"

import { statusMessageKey, toOrderView } from "./order-view"

const lookedUp = {
  id: "order_1",
  display_id: 4,
  status: "pending",
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  created_at: "2026-11-30T00:29:26.879Z",
  currency_code: "idr",
  total: 130000,
  subtotal: 117117.12,
  shipping_total: 36000,
  tax_total: 12882.88,
  items: [
    {
      title: "Keripik Singkong",
      variant_title: "Original",
      quantity: 3,
      unit_price: 18000,
      total: 54000,
      thumbnail: null,
    },
    {
      title: "Keripik Pisang",
      variant_title: null,
      quantity: 2,
      unit_price: 20000,
      total: 40000,
      thumbnail: "http://localhost:9000/static/pisang.svg",
    },
  ],
  shipping_methods: [{ name: "Kurir Reguler", amount: 36000 }],
  shipping_address: { city: "Kota Bandung", province: "Jawa Barat" },
}

describe("toOrderView", () => {
  it("sums the lines for a looked-up order, which has no item total", () => {
    const view = toOrderView(lookedUp)
    expect(view.totals).toEqual({
      items: 94000,
      shipping: 36000,
      taxIncluded: 12883,
      total: 130000,
    })
    expect(view.items.map((item) => item.key)).toEqual(["0", "1"])
    expect(view.shipments).toEqual([
      { key: "0", name: "Kurir Reguler", amount: 36000, tracking: null },
    ])
    expect(view.displayId).toBe(4)
  })

  it("uses an account order's own item total and ids", () => {
    const view = toOrderView({
      ...lookedUp,
      item_total: 94000,
      items: [{ ...lookedUp.items[0], id: "item_1", total: undefined }],
      shipping_methods: [{ id: "sm_1", name: "Kargo", amount: 0 }],
    })
    expect(view.totals.items).toBe(94000)
    expect(view.items[0]).toMatchObject({ key: "item_1", total: 54000 })
    expect(view.shipments[0].key).toBe("sm_1")
  })

  it("shows each shipment's courier and tracking number once it is sent", () => {
    const view = toOrderView({
      ...lookedUp,
      shipping_methods: [
        { id: "sm_1", name: "Kurir Reguler", amount: 36000, shipping_option_id: "so_1" },
        { id: "sm_2", name: "Ambil di Rutan", amount: 0, shipping_option_id: "so_2" },
      ],
      fulfillments: [
        {
          shipping_option_id: "so_1",
          shipped_at: "2026-11-30T02:00:00.000Z",
          canceled_at: "2026-11-30T01:00:00.000Z",
          metadata: { courier: "JNE", tracking_number: "OLD-1" },
        },
        {
          shipping_option_id: "so_1",
          shipped_at: "2026-11-30T03:00:00.000Z",
          delivered_at: null,
          metadata: {
            courier: "JNE",
            tracking_number: "JNE-0012345678",
            tracking_url: null,
          },
        },
        // Packed for pickup, not handed over yet: nothing to track.
        { shipping_option_id: "so_2", shipped_at: null, delivered_at: null },
      ],
    })
    expect(view.shipments.map((shipment) => shipment.tracking)).toEqual([
      {
        courier: "JNE",
        number: "JNE-0012345678",
        url: null,
        shippedAt: "2026-11-30T03:00:00.000Z",
        deliveredAt: null,
      },
      null,
    ])
  })
})

describe("statusMessageKey", () => {
  it("falls back to unknown for a status it does not know", () => {
    expect(statusMessageKey("payment", "captured")).toBe("payment.captured")
    expect(statusMessageKey("order", "something_new")).toBe("order.unknown")
    expect(statusMessageKey("fulfillment", null)).toBe("fulfillment.unknown")
  })
})
