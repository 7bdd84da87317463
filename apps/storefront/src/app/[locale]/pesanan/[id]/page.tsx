import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound, unstable_rethrow } from "next/navigation"

import { listShippingGroups } from "@/lib/data/cart"
import { retrieveBankTransfer, retrieveOrder } from "@/lib/data/orders"
import { orderShipments } from "@/lib/util/order-shipments"
import type { ShippingGroup } from "@/lib/util/shipping-groups"
import { OrderConfirmationTemplate } from "@/modules/order/templates/order-confirmation-template"

type Props = { params: Promise<{ id: string; locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "order" })
  return {
    title: t("metaTitle"),
    // The address is the id: keep it out of search engines and other sites' referrers.
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  }
}

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
