import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { BankTransfer, StoreOrderWithCart } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { displayTotals } from "@/lib/util/cart-summary"
import { addressLines } from "@/lib/util/indonesian-address"
import type { OrderShipment } from "@/lib/util/order-shipments"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItemRow } from "@/modules/cart/components/line-item-row"
import { BankTransferInstructions } from "@/modules/order/components/bank-transfer-instructions"
import { InvoiceBlock } from "@/modules/partner-documents/components/invoice-block"

import styles from "./order-confirmation-template.module.css"

type Props = {
  order: StoreOrderWithCart
  shipments: OrderShipment[]
  bankTransfer: BankTransfer | null
}

export function OrderConfirmationTemplate({ order, shipments, bankTransfer }: Props) {
  const t = useTranslations("order")
  const address = order.shipping_address
  return (
    <div className={styles.order}>
      <header className={styles.header}>
        <h1>{t("heading")}</h1>
        <p className={styles.number}>
          {t("orderNumber")}{" "}
          {/* Not through a message: a number there would gain a thousands separator. */}
          <strong data-testid="order-number">#{order.display_id}</strong>
        </p>
        {order.email && (
          <p className={styles.muted}>{t("emailNote", { email: order.email })}</p>
        )}
      </header>

      {bankTransfer && <BankTransferInstructions transfer={bankTransfer} />}
      <InvoiceBlock orderId={order.id} />

      <div className={styles.layout}>
        <section aria-labelledby="pesanan-barang">
          <h2 id="pesanan-barang">{t("itemsHeading")}</h2>
          <ul className={styles.items}>
            {(order.items ?? []).map((item) => (
              <LineItemRow key={item.id} item={item} />
            ))}
          </ul>
        </section>

        <section aria-labelledby="pesanan-biaya" className={styles.box}>
          <h2 id="pesanan-biaya">{t("totalsHeading")}</h2>
          <CartTotals totals={displayTotals(order)} shippingChosen />
        </section>

        {shipments.length > 0 && (
          <section aria-labelledby="pesanan-pengiriman">
            <h2 id="pesanan-pengiriman">{t("shippingHeading")}</h2>
            <ol className={styles.shipments}>
              {shipments.map((shipment, index) => (
                <li key={shipment.id}>
                  <h3>
                    {t("shipmentHeading", {
                      position: index + 1,
                      count: shipments.length,
                    })}
                  </h3>
                  {shipment.facility && (
                    <p className={styles.muted}>
                      {shipment.facility.province
                        ? t("fromProvince", {
                            facility: shipment.facility.name,
                            province: shipment.facility.province,
                          })
                        : t("from", { facility: shipment.facility.name })}
                    </p>
                  )}
                  {shipment.items.length > 0 && (
                    <ul>
                      {shipment.items.map((item) => (
                        <li key={item.id}>
                          {item.quantity} × {item.title}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className={styles.choice}>
                    <span>{shipment.methodName}</span>
                    <span>
                      {shipment.amount === 0 ? t("free") : formatRupiah(shipment.amount)}
                    </span>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}

        {address && (
          <section aria-labelledby="pesanan-alamat">
            <h2 id="pesanan-alamat">{t("addressHeading")}</h2>
            <address className={styles.address}>
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              {addressLines(address).map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
            </address>
          </section>
        )}
      </div>

      <Link href="/produk" className={styles.primary}>
        {t("continueShopping")}
      </Link>
    </div>
  )
}
