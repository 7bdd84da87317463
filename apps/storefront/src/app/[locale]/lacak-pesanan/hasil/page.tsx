import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"

import { Link, redirect } from "@/i18n/navigation"
import { lookUpOrder, rememberedOrderLookup } from "@/lib/data/order-lookup"
import { type BankTransfer, retrieveBankTransfer } from "@/lib/data/orders"
import styles from "@/modules/account/components/account.module.css"
import { OrderDetails } from "@/modules/account/components/order-details"
import { toOrderView } from "@/modules/account/util/order-view"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "orderLookup" })
  return { title: t("resultMetaTitle"), robots: { index: false, follow: false } }
}

async function transferOrNone(orderId: string): Promise<BankTransfer | null> {
  try {
    return await retrieveBankTransfer(orderId)
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading a looked-up order's transfer failed:", error)
    return null
  }
}

/** The order a guest looked up; asked afresh each time, so it shows the current status. */
export default async function OrderLookupResultPage() {
  const lookup = await rememberedOrderLookup()
  const order = lookup && (await lookUpOrder(lookup))
  if (!order) {
    return redirect({ href: "/lacak-pesanan", locale: await getLocale() })
  }
  const [t, tView, transfer] = await Promise.all([
    getTranslations("orderLookup"),
    getTranslations("account.orderView"),
    transferOrNone(order.id),
  ])
  const place = [order.shipping_address.city, order.shipping_address.province]
    .filter(Boolean)
    .join(", ")

  return (
    <div className={styles.shell}>
      <OrderDetails
        order={toOrderView(order)}
        transfer={transfer}
        heading={<h1>{tView("heading", { number: order.display_id })}</h1>}
        destination={<p>{tView("destination", { place })}</p>}
      />
      <p>
        <Link href="/lacak-pesanan">{t("anotherLookup")}</Link>
      </p>
    </div>
  )
}
