import type { ShippingGroup } from "@/lib/util/shipping-groups"

type OrderShippingMethod = {
  id: string
  name: string
  shipping_option_id?: string | null
  amount: number
  total?: number | null
}

export type OrderShipment = {
  id: string
  methodName: string
  amount: number
  facility: ShippingGroup["facility"]
  kind: ShippingGroup["kind"] | null
  items: ShippingGroup["items"]
}

/**
 * One entry per shipping method of the order (Medusa keeps one per shipment), told
 * apart by the facility and items of the cart's shipment it was chosen for, when the
 * cart's shipments can still be read.
 */
export function orderShipments(
  methods: readonly OrderShippingMethod[],
  groups: readonly ShippingGroup[] | null,
): OrderShipment[] {
  return methods.map((method) => {
    const group = groups?.find((candidate) =>
      candidate.options.some((option) => option.id === method.shipping_option_id),
    )
    return {
      id: method.id,
      methodName: method.name,
      amount: typeof method.total === "number" ? method.total : method.amount,
      facility: group?.facility ?? null,
      kind: group?.kind ?? null,
      items: group?.items ?? [],
    }
  })
}
