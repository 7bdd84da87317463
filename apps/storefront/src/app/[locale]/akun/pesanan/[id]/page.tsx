import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound, unstable_rethrow } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { retrieveCustomer, retrieveCustomerOrder } from "@/lib/data/customer"
import { type BankTransfer, retrieveBankTransfer } from "@/lib/data/orders"
import { addressLines } from "@/lib/util/indonesian-address"
import { AccountShell } from "@/modules/account/components/account-shell"
import { OrderDetails } from "@/modules/account/components/order-details"
import detailStyles from "@/modules/account/components/order-details.module.css"
import { requireCustomer } from "@/modules/account/require-customer"
import { InvoiceBlock } from "@/modules/partner-documents/components/invoice-block"
import { toOrderView } from "@/modules/account/util/order-view"
import { ReorderButton } from "@/modules/partner/components/reorder-button"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  const customer = await retrieveCustomer()
  const order = customer && (await retrieveCustomerOrder(id, customer.id))
  return { title: order ? t("order", { number: order.display_id ?? "" }) : t("orders") }
}

/** The transfer block only adds to the page; the order stands without it. */
async function transferOrNone(orderId: string): Promise<BankTransfer | null> {
  try {
    return await retrieveBankTransfer(orderId)
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading an order's bank transfer failed:", error)
    return null
  }
}

export default async function CustomerOrderPage({ params }: Props) {
  const { id } = await params
  const customer = await requireCustomer(`/akun/pesanan/${encodeURIComponent(id)}`)
  const order = await retrieveCustomerOrder(id, customer.id)
  if (!order) {
    notFound()
  }
  const [t, transfer] = await Promise.all([
    getTranslations("account.orderView"),
    transferOrNone(order.id),
  ])
  const view = toOrderView(order)
  const address = order.shipping_address

  return (
    <AccountShell
      current="orders"
      nested
      heading={t("heading", { number: view.displayId })}
    >
      <OrderDetails
        order={view}
        transfer={transfer}
        heading={null}
        destination={
          address && (
            <address className={detailStyles.address}>
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              {addressLines(address).map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
              {address.phone && (
                <>
                  <br />
                  {address.phone}
                </>
              )}
            </address>
          )
        }
      />
      <InvoiceBlock orderId={order.id} />
      <ReorderButton orderId={order.id} />
      <p>
        <Link href="/akun/pesanan">{t("backToOrders")}</Link>
      </p>
    </AccountShell>
  )
}
