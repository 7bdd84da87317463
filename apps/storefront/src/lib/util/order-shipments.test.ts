import { describe, expect, it } from "vitest"

import { orderShipments } from "./order-shipments"
import type { ShippingGroup } from "./shipping-groups"

const group: ShippingGroup = {
  shipping_profile_id: "sp_berat",
  kind: "heavy",
  facility: { id: "sloc_1", name: "Lapas Contoh", province: "Jawa Tengah" },
  items: [{ id: "item_1", title: "Meja Jati", quantity: 1 }],
  weight_grams: 25000,
  subtotal: 2500000,
  selected_option_id: "so_kargo",
  options: [
    {
      id: "so_kargo",
      name: "Kargo",
      code: "kargo",
      amount: 150000,
      free_shipping: false,
      eta_min_days: 3,
      eta_max_days: 6,
      description: null,
    },
  ],
}

describe("orderShipments", () => {
  it("names each shipping method's facility and items", () => {
    expect(
      orderShipments(
        [{ id: "sm_1", name: "Kargo", shipping_option_id: "so_kargo", amount: 150000 }],
        [group],
      ),
    ).toEqual([
      {
        id: "sm_1",
        methodName: "Kargo",
        amount: 150000,
        facility: group.facility,
        kind: "heavy",
        items: group.items,
      },
    ])
  })

  it("still lists the methods when the shipments cannot be read", () => {
    const [shipment] = orderShipments(
      [{ id: "sm_1", name: "Kurir Reguler", amount: 9000, total: 9000 }],
      null,
    )
    expect(shipment).toMatchObject({
      methodName: "Kurir Reguler",
      facility: null,
      items: [],
    })
  })
})
