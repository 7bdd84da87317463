import Link from "next/link"

import type { BankTransfer, StoreOrderWithCart } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { displayTotals } from "@/lib/util/cart-summary"
import { addressLines } from "@/lib/util/indonesian-address"
import type { OrderShipment } from "@/lib/util/order-shipments"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItemRow } from "@/modules/cart/components/line-item-row"
import { BankTransferInstructions } from "@/modules/order/components/bank-transfer-instructions"
import { orderText as text } from "@/modules/order/text"

import styles from "./order-confirmation-template.module.css"

type Props = {
  order: StoreOrderWithCart
  shipments: OrderShipment[]
  bankTransfer: BankTransfer | null
}

export function OrderConfirmationTemplate({ order, shipments, bankTransfer }: Props) {
  const address = order.shipping_address
  return (
    <div className={styles.order}>
      <header className={styles.header}>
        <h1>{text.heading}</h1>
        <p className={styles.number}>
          {text.orderNumber}{" "}
          <strong data-testid="order-number">{text.displayId(order.display_id)}</strong>
        </p>
        {order.email && <p className={styles.muted}>{text.emailNote(order.email)}</p>}
      </header>

      {bankTransfer && <BankTransferInstructions transfer={bankTransfer} />}

      <div className={styles.layout}>
        <section aria-labelledby="pesanan-barang">
          <h2 id="pesanan-barang">{text.itemsHeading}</h2>
          <ul className={styles.items}>
            {(order.items ?? []).map((item) => (
              <LineItemRow key={item.id} item={item} />
            ))}
          </ul>
        </section>

        <section aria-labelledby="pesanan-biaya" className={styles.box}>
          <h2 id="pesanan-biaya">{text.totalsHeading}</h2>
          <CartTotals totals={displayTotals(order)} shippingChosen />
        </section>

        {shipments.length > 0 && (
          <section aria-labelledby="pesanan-pengiriman">
            <h2 id="pesanan-pengiriman">{text.shippingHeading}</h2>
            <ol className={styles.shipments}>
              {shipments.map((shipment, index) => (
                <li key={shipment.id}>
                  <h3>{text.shipmentHeading(index + 1, shipments.length)}</h3>
                  {shipment.facility && (
                    <p className={styles.muted}>
                      {text.from(shipment.facility.name, shipment.facility.province)}
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
                      {shipment.amount === 0 ? text.free : formatRupiah(shipment.amount)}
                    </span>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}

        {address && (
          <section aria-labelledby="pesanan-alamat">
            <h2 id="pesanan-alamat">{text.addressHeading}</h2>
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
        {text.continueShopping}
      </Link>
    </div>
  )
}
