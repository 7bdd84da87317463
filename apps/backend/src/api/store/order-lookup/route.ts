import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { toNumber } from "../../../lib/amount"
import type { StoreOrderLookupType } from "./validators"

const LOOKUP_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "tax_total",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_address.city",
  "shipping_address.province",
]

// One answer for every miss, so the lookup cannot tell which half was wrong.
const NOT_FOUND_MESSAGE = "No order matches this e-mail address and order number"

type Amount = number | string | { valueOf(): unknown } | null | undefined

type OrderDetail = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  created_at: string | Date
  currency_code: string
  total: Amount
  subtotal: Amount
  shipping_total: Amount
  tax_total: Amount
  items?:
    | {
        title: string
        variant_title: string | null
        quantity: Amount
        unit_price: Amount
        total: Amount
        thumbnail: string | null
      }[]
    | null
  shipping_methods?: { name: string; amount: Amount }[] | null
  shipping_address?: { city: string | null; province: string | null } | null
}

/**
 * A guest finds an order by its number and the e-mail it was placed with. The
 * answer carries no name, street, phone or e-mail: only what the order page shows.
 */
export async function POST(
  req: MedusaRequest<StoreOrderLookupType>,
  res: MedusaResponse,
) {
  const { email, display_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { display_id, is_draft_order: false },
  })
  const match = data.find((order) => order.email?.toLowerCase() === email.toLowerCase())
  if (!match) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND_MESSAGE)
  }

  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: match.id, fields: LOOKUP_FIELDS },
  })
  const order = result as unknown as OrderDetail
  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      payment_status: order.payment_status,
      fulfillment_status: order.fulfillment_status,
      created_at: order.created_at,
      currency_code: order.currency_code,
      total: toNumber(order.total),
      subtotal: toNumber(order.subtotal),
      shipping_total: toNumber(order.shipping_total),
      tax_total: toNumber(order.tax_total),
      items: (order.items ?? []).map((item) => ({
        title: item.title,
        variant_title: item.variant_title,
        quantity: toNumber(item.quantity),
        unit_price: toNumber(item.unit_price),
        total: toNumber(item.total),
        thumbnail: item.thumbnail,
      })),
      shipping_methods: (order.shipping_methods ?? []).map((method) => ({
        name: method.name,
        amount: toNumber(method.amount),
      })),
      shipping_address: {
        city: order.shipping_address?.city ?? null,
        province: order.shipping_address?.province ?? null,
      },
    },
  })
}
