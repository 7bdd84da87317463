import type { HttpTypes } from "@medusajs/types"
import { getFormatter, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"

import styles from "./account.module.css"
import { OrderStatuses } from "./order-statuses"

type ListedOrder = HttpTypes.StoreOrder & {
  payment_status?: string | null
  fulfillment_status?: string | null
}

/** The customer's orders as cards, each leading to its details. */
export async function OrderList({
  orders,
  headingLevel = 2,
}: {
  orders: ListedOrder[]
  headingLevel?: 2 | 3
}) {
  const [t, format] = await Promise.all([
    getTranslations("account.orders"),
    getFormatter(),
  ])
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <ul className={styles.cards} data-testid="order-list">
      {orders.map((order) => {
        const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
        return (
          <li key={order.id} className={styles.card}>
            <Heading>
              <Link href={`/akun/pesanan/${order.id}`}>
                {t("number", { number: order.display_id ?? "" })}
              </Link>
            </Heading>
            <p className={styles.muted}>
              {t("placedOn", {
                date: format.dateTime(new Date(order.created_at ?? 0), {
                  dateStyle: "long",
                }),
              })}
            </p>
            <OrderStatuses
              order={{
                status: order.status,
                paymentStatus: order.payment_status ?? null,
                fulfillmentStatus: order.fulfillment_status ?? null,
              }}
            />
            <p>
              {t("itemCount", { count })} ·{" "}
              <span className={styles.money}>{formatRupiah(order.total)}</span>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
