/**
 * The shipments a facility must pack, hand over or has sent. An order is split
 * into one shipping method per shipping profile, and every profile belongs to
 * one facility (see the seed), so one shipping method of an order is one
 * shipment of one facility, holding the order's lines of that profile.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SHIPPING_OPTION_CODES } from "./checkout-ids"
import { toNumber } from "./amount"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../modules/invoice-payment"

export const SHIPMENT_BUCKETS = ["open", "shipped", "done"] as const
export type ShipmentBucket = (typeof SHIPMENT_BUCKETS)[number]

export type ShipmentStatus =
  | "awaiting_payment"
  | "to_pack"
  | "ready_for_pickup"
  | "shipped"
  | "delivered"

export type Delivery = "courier" | "freight" | "pickup"

export type FacilityShipment = {
  id: string
  order_id: string
  display_id: number
  placed_at: string
  status: ShipmentStatus
  delivery: Delivery
  shipping_method: string
  shipping_option_id: string | null
  recipient: {
    name: string
    phone: string | null
    email: string | null
    address_lines: string[]
  }
  items: {
    id: string
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    /** Units not in a fulfilment yet: what packing or handing over takes. */
    unfulfilled_quantity: number
  }[]
  units: number
  fulfillment: {
    id: string
    courier: string | null
    tracking_number: string | null
    tracking_url: string | null
    packed_at: string
    shipped_at: string | null
    delivered_at: string | null
  } | null
}

/** Where a facility ships from and with which of its shipping options. */
export type FacilityShipping = {
  facility_id: string
  facility_name: string
  location_id: string
  address: string | null
  options: { id: string; profile_id: string; code: string | null }[]
}

type LocationRow = {
  id: string
  name: string
  stock_location?: {
    id: string
    address?: {
      address_1?: string | null
      city?: string | null
      province?: string | null
      postal_code?: string | null
    } | null
    fulfillment_sets?: {
      service_zones?: {
        shipping_options?: {
          id: string
          shipping_profile_id: string
          type?: { code?: string | null } | null
        }[]
      }[]
    }[]
  } | null
}

export async function facilityShipping(
  container: MedusaContainer,
  facilityId: string,
): Promise<FacilityShipping> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: [
      "id",
      "name",
      "stock_location.id",
      "stock_location.address.*",
      "stock_location.fulfillment_sets.service_zones.shipping_options.id",
      "stock_location.fulfillment_sets.service_zones.shipping_options.shipping_profile_id",
      "stock_location.fulfillment_sets.service_zones.shipping_options.type.code",
    ],
    filters: { id: facilityId },
  })
  const facility = data[0] as LocationRow | undefined
  if (!facility) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility ${facilityId} not found`)
  }
  const location = facility.stock_location
  if (!location) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${facility.name} has no stock location, so it ships nothing yet`,
    )
  }
  const address = location.address
  return {
    facility_id: facility.id,
    facility_name: facility.name,
    location_id: location.id,
    address: address
      ? [address.address_1, address.city, address.province, address.postal_code]
          .filter(Boolean)
          .join(", ") || null
      : null,
    options: (location.fulfillment_sets ?? []).flatMap((set) =>
      (set.service_zones ?? []).flatMap((zone) =>
        (zone.shipping_options ?? []).map((option) => ({
          id: option.id,
          profile_id: option.shipping_profile_id,
          code: option.type?.code ?? null,
        })),
      ),
    ),
  }
}

type ShipmentRow = {
  id: string
  order_id: string
  code: string | null
  item_ids: string[]
  unpacked: boolean
  delivered: boolean
  total: string
}

/*
 * Progress comes from the order's current version of each line: fulfilled,
 * then delivered. A pickup stays open until it is handed over; a courier
 * parcel is shipped when it is packed, as both happen in one step here.
 */
const BUCKET_WHERE: Record<ShipmentBucket, string> = {
  open: `p.unpacked or (s.code = '${SHIPPING_OPTION_CODES.pickup}' and not p.delivered)`,
  shipped: `not p.unpacked and not p.delivered and s.code is distinct from '${SHIPPING_OPTION_CODES.pickup}'`,
  done: "not p.unpacked and p.delivered",
}

const SHIPMENTS_SQL = (where: string, direction: "asc" | "desc") => `
with facility_option as (
  select * from unnest(?::text[], ?::text[], ?::text[]) as f(option_id, profile_id, code)
), shipment as (
  select sm.id, o.id as order_id, o.version, o.created_at, f.profile_id, f.code
  from "order" o
  join order_shipping os on os.order_id = o.id and os.version = o.version
    and os.deleted_at is null and os.return_id is null and os.claim_id is null
    and os.exchange_id is null
  join order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
  join facility_option f on f.option_id = sm.shipping_option_id
  where o.deleted_at is null and not o.is_draft_order
    and o.status not in ('canceled', 'draft')
), progress as (
  select s.id, array_agg(li.id order by li.created_at, li.id) as item_ids,
    bool_or(oi.fulfilled_quantity < oi.quantity) as unpacked,
    bool_and(oi.delivered_quantity >= oi.quantity) as delivered
  from shipment s
  join order_item oi on oi.order_id = s.order_id and oi.version = s.version
    and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
  join product_shipping_profile psp on psp.product_id = li.product_id
    and psp.shipping_profile_id = s.profile_id and psp.deleted_at is null
  group by s.id
)
select s.id, s.order_id, s.code, p.item_ids, p.unpacked, p.delivered,
  count(*) over () as total
from shipment s join progress p on p.id = s.id
where ${where}
order by s.created_at ${direction}, s.id
limit ? offset ?`

async function shipmentRows(
  container: MedusaContainer,
  shipping: FacilityShipping,
  where: string,
  bindings: string[],
  page: { limit: number; offset: number; direction: "asc" | "desc" },
): Promise<{ rows: ShipmentRow[]; count: number }> {
  if (!shipping.options.length) {
    return { rows: [], count: 0 }
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(SHIPMENTS_SQL(where, page.direction), [
    shipping.options.map((option) => option.id),
    shipping.options.map((option) => option.profile_id),
    shipping.options.map((option) => option.code ?? ""),
    ...bindings,
    page.limit,
    page.offset,
  ])) as { rows: ShipmentRow[] }
  return { rows, count: rows.length ? Number(rows[0].total) : 0 }
}

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  email: string | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    company?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    phone?: string | null
  } | null
  items?: {
    id: string
    title: string
    variant_title: string | null
    variant_sku: string | null
    quantity: unknown
    detail?: { quantity: unknown; fulfilled_quantity: unknown } | null
  }[]
  shipping_methods?: { id: string; name: string; shipping_option_id: string | null }[]
  fulfillments?: {
    id: string
    location_id: string
    shipping_option_id: string | null
    created_at: string | Date
    shipped_at: string | Date | null
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    metadata: Record<string, unknown> | null
    labels?: { tracking_number: string; tracking_url: string }[]
  }[]
  payment_collections?: {
    status: string
    payment_sessions?: { provider_id: string }[]
  }[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "shipping_address.*",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipping_option_id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "payment_collections.status",
  "payment_collections.payment_sessions.provider_id",
]

/**
 * Goods leave once the money is in: the payment is captured in full, or the
 * buyer is a partner shop paying by invoice after delivery.
 */
function paymentReady(order: OrderRow): boolean {
  return (order.payment_collections ?? []).some(
    (collection) =>
      collection.status === "completed" ||
      (collection.status === "authorized" &&
        (collection.payment_sessions ?? []).some(
          (session) => session.provider_id === INVOICE_PAYMENT_PROVIDER_ID,
        )),
  )
}

function deliveryOf(code: string | null): Delivery {
  if (code === SHIPPING_OPTION_CODES.pickup) return "pickup"
  return code === SHIPPING_OPTION_CODES.freight ? "freight" : "courier"
}

const iso = (date: string | Date | null | undefined) =>
  date ? new Date(date).toISOString() : null

function toShipment(
  row: ShipmentRow,
  order: OrderRow,
  shipping: FacilityShipping,
): FacilityShipment {
  const method = order.shipping_methods?.find((m) => m.id === row.id)
  const delivery = deliveryOf(row.code)
  const address = order.shipping_address
  const items = row.item_ids.flatMap((id) => {
    const item = order.items?.find((candidate) => candidate.id === id)
    if (!item) return []
    const quantity = toNumber(item.detail?.quantity ?? item.quantity)
    return [
      {
        id: item.id,
        title: item.title,
        variant_title: item.variant_title,
        sku: item.variant_sku,
        quantity,
        unfulfilled_quantity: quantity - toNumber(item.detail?.fulfilled_quantity ?? 0),
      },
    ]
  })
  const fulfillment = (order.fulfillments ?? [])
    .filter(
      (candidate) =>
        !candidate.canceled_at &&
        candidate.location_id === shipping.location_id &&
        candidate.shipping_option_id === method?.shipping_option_id,
    )
    .sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0]
  const label = fulfillment?.labels?.[0]
  const courier = fulfillment?.metadata?.courier

  let status: ShipmentStatus
  if (row.unpacked) {
    status = paymentReady(order) ? "to_pack" : "awaiting_payment"
  } else if (row.delivered) {
    status = "delivered"
  } else {
    status = delivery === "pickup" ? "ready_for_pickup" : "shipped"
  }

  return {
    id: row.id,
    order_id: order.id,
    display_id: order.display_id,
    placed_at: new Date(order.created_at).toISOString(),
    status,
    delivery,
    shipping_method: method?.name ?? "",
    shipping_option_id: method?.shipping_option_id ?? null,
    recipient: {
      name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
      phone: address?.phone ?? null,
      email: order.email,
      address_lines:
        delivery === "pickup" || !address
          ? []
          : [
              address.company,
              address.address_1,
              address.address_2,
              [address.city, address.province].filter(Boolean).join(", "),
              address.postal_code,
            ].filter((line): line is string => Boolean(line)),
    },
    items,
    units: items.reduce((sum, item) => sum + item.quantity, 0),
    fulfillment: fulfillment
      ? {
          id: fulfillment.id,
          courier: typeof courier === "string" ? courier : null,
          tracking_number: label?.tracking_number || null,
          tracking_url: label?.tracking_url || null,
          packed_at: new Date(fulfillment.created_at).toISOString(),
          shipped_at: iso(fulfillment.shipped_at),
          delivered_at: iso(fulfillment.delivered_at),
        }
      : null,
  }
}

async function withOrders(
  container: MedusaContainer,
  shipping: FacilityShipping,
  rows: ShipmentRow[],
): Promise<FacilityShipment[]> {
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(rows.map((row) => row.order_id))] },
  })
  const orders = new Map((data as OrderRow[]).map((order) => [order.id, order]))
  return rows.map((row) => toShipment(row, orders.get(row.order_id)!, shipping))
}

/** A page of a facility's shipments; open work oldest first, the rest newest first. */
export async function listFacilityShipments(
  container: MedusaContainer,
  facilityId: string,
  { status, limit, offset }: { status: ShipmentBucket; limit: number; offset: number },
): Promise<{ shipments: FacilityShipment[]; count: number }> {
  const shipping = await facilityShipping(container, facilityId)
  const { rows, count } = await shipmentRows(
    container,
    shipping,
    BUCKET_WHERE[status],
    [],
    {
      limit,
      offset,
      direction: status === "open" ? "asc" : "desc",
    },
  )
  return { shipments: await withOrders(container, shipping, rows), count }
}

/** One shipment of the facility; 404 when the facility ships no such shipment. */
export async function retrieveFacilityShipment(
  container: MedusaContainer,
  facilityId: string,
  shipmentId: string,
): Promise<{ shipment: FacilityShipment; shipping: FacilityShipping }> {
  const shipping = await facilityShipping(container, facilityId)
  const { rows } = await shipmentRows(container, shipping, "s.id = ?", [shipmentId], {
    limit: 1,
    offset: 0,
    direction: "asc",
  })
  const [shipment] = await withOrders(container, shipping, rows)
  if (!shipment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Shipment ${shipmentId} is not one of ${shipping.facility_name}'s shipments`,
    )
  }
  return { shipment, shipping }
}
