import { type DisplayTotals, displayTotals, lineTotal } from "@/lib/util/cart-summary"

/** What an order page shows, whether the order came from an account or a guest lookup. */
export type OrderView = {
  id: string
  displayId: number
  createdAt: string
  status: string
  paymentStatus: string | null
  fulfillmentStatus: string | null
  items: {
    key: string
    title: string
    variantTitle: string | null
    quantity: number
    unitPrice: number
    total: number
    thumbnail: string | null
  }[]
  shipments: {
    key: string
    name: string
    amount: number
    /** Set once the facility has sent the parcel or handed it over. */
    tracking: ShipmentTracking | null
  }[]
  totals: DisplayTotals
}

export type ShipmentTracking = {
  courier: string | null
  number: string | null
  url: string | null
  shippedAt: string | null
  deliveredAt: string | null
}

type SourceFulfillment = {
  shipping_option_id?: string | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  /** The facility records the courier and tracking number here when it ships. */
  metadata?: Record<string, unknown> | null
}

type SourceItem = {
  id?: string
  title: string
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  thumbnail?: string | null
}

type SourceOrder = {
  id: string
  display_id?: number | null
  created_at?: string | Date | null
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  items?: SourceItem[] | null
  shipping_methods?:
    | { id?: string; name: string; amount: number; shipping_option_id?: string | null }[]
    | null
  fulfillments?: SourceFulfillment[] | null
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
}

const isoOrNull = (date: string | Date | null | undefined) =>
  date ? new Date(date).toISOString() : null

/**
 * The shipment's latest live fulfilment, matched by its shipping option: each
 * facility ships one fulfilment per shipping method.
 */
function trackingOf(
  fulfillments: SourceFulfillment[],
  optionId: string | null | undefined,
): ShipmentTracking | null {
  const sent = fulfillments.filter(
    (fulfillment) =>
      !fulfillment.canceled_at &&
      optionId &&
      fulfillment.shipping_option_id === optionId &&
      (fulfillment.shipped_at || fulfillment.delivered_at),
  )
  const latest = sent.at(-1)
  if (!latest) {
    return null
  }
  const text = (key: string) => {
    const value = latest.metadata?.[key]
    return typeof value === "string" && value ? value : null
  }
  return {
    courier: text("courier"),
    number: text("tracking_number"),
    url: text("tracking_url"),
    shippedAt: isoOrNull(latest.shipped_at),
    deliveredAt: isoOrNull(latest.delivered_at),
  }
}

/**
 * One shape for both sources. The guest lookup has no item_total, so the goods are the
 * sum of the lines, which include PPN like the prices the buyer saw.
 */
export function toOrderView(order: SourceOrder): OrderView {
  const items = (order.items ?? []).map((item, index) => ({
    key: item.id ?? `${index}`,
    title: item.title,
    variantTitle: item.variant_title ?? null,
    quantity: item.quantity,
    unitPrice: item.unit_price,
    total: lineTotal(item),
    thumbnail: item.thumbnail ?? null,
  }))
  const totals = displayTotals(order)
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    createdAt: new Date(order.created_at ?? 0).toISOString(),
    status: order.status,
    paymentStatus: order.payment_status ?? null,
    fulfillmentStatus: order.fulfillment_status ?? null,
    items,
    shipments: (order.shipping_methods ?? []).map((method, index) => ({
      key: method.id ?? `${index}`,
      name: method.name,
      amount: method.amount,
      tracking: trackingOf(order.fulfillments ?? [], method.shipping_option_id),
    })),
    totals: {
      ...totals,
      items: order.item_total ?? items.reduce((sum, item) => sum + item.total, 0),
    },
  }
}

export const STATUS_VALUES = {
  order: ["pending", "completed", "canceled", "archived", "requires_action", "draft"],
  payment: [
    "not_paid",
    "awaiting",
    "authorized",
    "partially_authorized",
    "captured",
    "partially_captured",
    "partially_refunded",
    "refunded",
    "canceled",
    "requires_action",
  ],
  fulfillment: [
    "not_fulfilled",
    "partially_fulfilled",
    "fulfilled",
    "partially_shipped",
    "shipped",
    "partially_delivered",
    "delivered",
    "canceled",
  ],
} as const

export type StatusKind = keyof typeof STATUS_VALUES

/** The message key for a Medusa status; a status added later reads as "unknown". */
export function statusMessageKey(kind: StatusKind, value: string | null): string {
  const known = (STATUS_VALUES[kind] as readonly string[]).includes(value ?? "")
  return `${kind}.${known ? value : "unknown"}`
}
