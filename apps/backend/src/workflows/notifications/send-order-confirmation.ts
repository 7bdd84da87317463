import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { toNumber } from "../../lib/amount"
import { storefrontUrl } from "../../lib/runtime-env"

type OrderForMail = {
  id: string
  display_id: number
  email: string | null
  currency_code: string
  total: unknown
  created_at: string | Date
  items?: { title: string; quantity: unknown; total: unknown }[] | null
  shipping_methods?: { name: string; amount: unknown }[] | null
  payment_collections?: { payment_sessions?: { provider_id: string }[] | null }[] | null
}

/**
 * Tells the buyer their order was placed: what they bought, what it costs,
 * and the link to the order page, where a bank transfer's account, amount
 * and deadline are shown. The idempotency key keeps a redelivered event from
 * mailing twice.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "total",
        "created_at",
        "items.title",
        "items.quantity",
        "items.total",
        "shipping_methods.name",
        "shipping_methods.amount",
        "payment_collections.payment_sessions.provider_id",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders }, ({ orders }) => {
      const order = orders[0] as OrderForMail
      if (!order.email) {
        return []
      }
      return [
        {
          to: order.email,
          channel: "email",
          template: "order-placed",
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-placed-${order.id}`,
          data: {
            order_id: order.id,
            display_id: order.display_id,
            currency_code: order.currency_code,
            total: toNumber(order.total),
            placed_at: new Date(order.created_at).toISOString(),
            items: (order.items ?? []).map((item) => ({
              title: item.title,
              quantity: toNumber(item.quantity),
              total: toNumber(item.total),
            })),
            shipping: (order.shipping_methods ?? []).map((method) => ({
              name: method.name,
              amount: toNumber(method.amount),
            })),
            payment_providers: (order.payment_collections ?? []).flatMap((collection) =>
              (collection.payment_sessions ?? []).map((session) => session.provider_id),
            ),
            order_url: `${storefrontUrl()}/pesanan/${order.id}`,
          },
        },
      ]
    })
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  },
)
