import type { Metadata } from "next"
import { notFound, unstable_rethrow } from "next/navigation"

import { listShippingGroups } from "@/lib/data/cart"
import { retrieveBankTransfer, retrieveOrder } from "@/lib/data/orders"
import { orderShipments } from "@/lib/util/order-shipments"
import type { ShippingGroup } from "@/lib/util/shipping-groups"
import { OrderConfirmationTemplate } from "@/modules/order/templates/order-confirmation-template"
import { orderText } from "@/modules/order/text"

export const metadata: Metadata = {
  title: orderText.metaTitle,
  // The address is the id: keep it out of search engines and other sites' referrers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
}

type Props = { params: Promise<{ id: string }> }

/** The shipments only add facility names to the page; the page stands without them. */
async function cartShipments(
  cartId: string | undefined,
): Promise<ShippingGroup[] | null> {
  if (!cartId) {
    return null
  }
  try {
    return (await listShippingGroups(cartId))?.groups ?? null
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading an order's shipments failed:", error)
    return null
  }
}

export default async function OrderPage({ params }: Props) {
  const { id } = await params
  const order = await retrieveOrder(id)
  if (!order) {
    notFound()
  }
  const [groups, bankTransfer] = await Promise.all([
    cartShipments(order.cart?.id),
    retrieveBankTransfer(order.id),
  ])

  return (
    <OrderConfirmationTemplate
      order={order}
      shipments={orderShipments(order.shipping_methods ?? [], groups)}
      bankTransfer={bankTransfer}
    />
  )
}
