import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type { FacilityShipment, FacilityShipping } from "./facility-shipments"
import { storefrontUrl } from "./runtime-env"

type ShipmentNotice =
  | {
      kind: "shipped"
      fulfillment_id: string
      courier: string
      tracking_number: string
      tracking_url: string | null
    }
  | { kind: "ready_for_pickup"; fulfillment_id: string }

const TEMPLATES = {
  shipped: "order-shipped",
  ready_for_pickup: "order-ready-for-pickup",
} as const

/**
 * The buyer's e-mail about their parcel: the tracking number once it is sent,
 * or where to collect it once it is packed. The idempotency key keeps a
 * retried workflow from mailing twice. None when the order has no e-mail.
 */
export function shipmentNotifications(
  shipment: FacilityShipment,
  shipping: FacilityShipping,
  notice: ShipmentNotice,
): CreateNotificationDTO[] {
  if (!shipment.recipient.email) {
    return []
  }
  const template = TEMPLATES[notice.kind]
  const { kind, fulfillment_id, ...details } = notice
  return [
    {
      to: shipment.recipient.email,
      channel: "email",
      template,
      trigger_type: `order.${kind}`,
      resource_id: shipment.order_id,
      resource_type: "order",
      idempotency_key: `${template}-${fulfillment_id}`,
      data: {
        order_id: shipment.order_id,
        display_id: shipment.display_id,
        facility: { name: shipping.facility_name, address: shipping.address },
        shipping_method: shipment.shipping_method,
        items: shipment.items.map((item) => ({
          title: item.title,
          variant_title: item.variant_title,
          quantity: item.quantity,
        })),
        ...details,
        order_url: `${storefrontUrl()}/pesanan/${shipment.order_id}`,
      },
    },
  ]
}
