import { getFormatter, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import type { BankTransfer } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { Photo } from "@/modules/common/components/photo"
import type { OrderView, ShipmentTracking } from "@/modules/account/util/order-view"

import styles from "./order-details.module.css"
import { OrderStatuses } from "./order-statuses"
import { TransferStatus } from "./transfer-status"

type Props = {
  order: OrderView
  transfer: BankTransfer | null
  heading: ReactNode
  /** Where the goods go: the full address on the customer's own page, a place for guests. */
  destination: ReactNode
}

/** Where a sent parcel is: the courier and tracking number, or that it arrived. */
async function ShipmentProgress({ tracking }: { tracking: ShipmentTracking }) {
  const [t, format] = await Promise.all([
    getTranslations("account.orderView.tracking"),
    getFormatter(),
  ])
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" })
  return (
    <p className={styles.muted}>
      {tracking.deliveredAt
        ? t("delivered", { date: day(tracking.deliveredAt) })
        : t("shipped", {
            date: tracking.shippedAt ? day(tracking.shippedAt) : "",
            courier: tracking.courier ?? t("courier"),
          })}
      {tracking.number && (
        <>
          {" "}
          {t("number")}{" "}
          {tracking.url ? (
            <a href={tracking.url} target="_blank" rel="noopener noreferrer">
              {tracking.number}
            </a>
          ) : (
            <span>{tracking.number}</span>
          )}
        </>
      )}
    </p>
  )
}

/** One order as its buyer sees it, from an account or from a guest lookup. */
export async function OrderDetails({ order, transfer, heading, destination }: Props) {
  const [t, format] = await Promise.all([
    getTranslations("account.orderView"),
    getFormatter(),
  ])
  const placedOn = format.dateTime(new Date(order.createdAt), { dateStyle: "long" })

  return (
    <div className={styles.order}>
      <header className={styles.header}>
        {heading}
        <p className={styles.muted}>{t("placedOn", { date: placedOn })}</p>
        <OrderStatuses
          order={{
            ...order,
            // Medusa calls a transfer still awaited "authorized"; the buyer still has to pay.
            paymentStatus:
              transfer?.status === "awaiting_payment" ? "awaiting" : order.paymentStatus,
          }}
        />
      </header>

      {transfer && <TransferStatus transfer={transfer} orderId={order.id} />}

      <div className={styles.layout}>
        <section aria-labelledby="order-items">
          <h2 id="order-items">{t("itemsHeading")}</h2>
          <ul className={styles.items}>
            {order.items.map((item) => (
              <li key={item.key} className={styles.item}>
                {item.thumbnail ? (
                  <Photo src={item.thumbnail} alt="" width={64} height={64} />
                ) : (
                  <span className={styles.placeholder} aria-hidden="true" />
                )}
                <div>
                  <p className={styles.itemTitle}>{item.title}</p>
                  {item.variantTitle && (
                    <p className={styles.muted}>{item.variantTitle}</p>
                  )}
                  <p className={styles.muted}>
                    {t("quantity", {
                      quantity: item.quantity,
                      price: formatRupiah(item.unitPrice),
                    })}
                  </p>
                </div>
                <p className={styles.money}>{formatRupiah(item.total)}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="order-totals" className={styles.box}>
          <h2 id="order-totals">{t("totalsHeading")}</h2>
          <dl className={styles.totals}>
            <div>
              <dt>{t("totals.items")}</dt>
              <dd>{formatRupiah(order.totals.items)}</dd>
            </div>
            <div>
              <dt>{t("totals.shipping")}</dt>
              <dd>
                {order.totals.shipping === 0
                  ? t("free")
                  : formatRupiah(order.totals.shipping)}
              </dd>
            </div>
            <div className={styles.grandTotal}>
              <dt>{t("totals.total")}</dt>
              <dd>{formatRupiah(order.totals.total)}</dd>
            </div>
          </dl>
          <p className={styles.muted}>
            {t("totals.taxIncluded", { amount: formatRupiah(order.totals.taxIncluded) })}
          </p>
        </section>

        {order.shipments.length > 0 && (
          <section aria-labelledby="order-shipping">
            <h2 id="order-shipping">{t("shipmentsHeading")}</h2>
            <ul className={styles.shipments}>
              {order.shipments.map((shipment) => (
                <li key={shipment.key}>
                  <div className={styles.shipmentLine}>
                    <span>{shipment.name}</span>
                    <span className={styles.money}>
                      {shipment.amount === 0 ? t("free") : formatRupiah(shipment.amount)}
                    </span>
                  </div>
                  {shipment.tracking && <ShipmentProgress tracking={shipment.tracking} />}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="order-destination">
          <h2 id="order-destination">{t("addressHeading")}</h2>
          {destination}
        </section>
      </div>
    </div>
  )
}
