import { getTranslations } from "next-intl/server"

import { type StatusKind, statusMessageKey } from "@/modules/account/util/order-view"

import styles from "./account.module.css"

type Statuses = {
  status: string
  paymentStatus: string | null
  fulfillmentStatus: string | null
}

/** The order, its payment and its delivery, each in words a buyer understands. */
export async function OrderStatuses({ order }: { order: Statuses }) {
  const t = await getTranslations("account.orderView")
  const rows: [StatusKind, string | null][] = [
    ["order", order.status],
    ["payment", order.paymentStatus],
    ["fulfillment", order.fulfillmentStatus],
  ]
  return (
    <dl className={styles.statuses} aria-label={t("statusHeading")}>
      {rows.map(([kind, value]) => (
        <div key={kind}>
          <dt>{t(`statusLabels.${kind}`)}</dt>
          <dd>{t(`status.${statusMessageKey(kind, value)}`)}</dd>
        </div>
      ))}
    </dl>
  )
}
