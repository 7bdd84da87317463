import { useTranslations } from "next-intl"

import { type ShippingGroups, selectedOption } from "@/lib/util/shipping-groups"
import {
  ShipmentHeading,
  ShipmentItems,
  useOptionPrice,
} from "@/modules/checkout/components/shipping-step"

import styles from "./checkout-steps.module.css"

/** Each shipment with what it carries and how, as the buyer chose it. */
export function ShipmentChoices({ shipping }: { shipping: ShippingGroups }) {
  const optionPrice = useOptionPrice()
  const { groups } = shipping
  return (
    <ul className={styles.shipments}>
      {groups.map((group, index) => {
        const option = selectedOption(group)
        return (
          <li key={group.shipping_profile_id} className={styles.shipment}>
            <ShipmentHeading group={group} position={index + 1} count={groups.length} />
            <ShipmentItems group={group} />
            {option && (
              <p className={styles.choice}>
                <span>{option.name}</span>
                <span>{optionPrice(option)}</span>
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}

export function PaymentChoice({
  providerId,
  termsDays,
}: {
  providerId: string
  termsDays: number | null
}) {
  const t = useTranslations("checkout.payment.providers")
  const known = t.has(`${providerId}.name`)
  return (
    <div>
      <p className={styles.strong}>{known ? t(`${providerId}.name`) : providerId}</p>
      {known && (
        <p className={styles.muted}>
          {t(`${providerId}.description`, { days: termsDays ?? 0 })}
        </p>
      )}
    </div>
  )
}

export function ContactSummary({
  email,
  name,
  phone,
}: {
  email: string
  name: string
  phone: string | null | undefined
}) {
  return (
    <address className={styles.address}>
      {name}
      <br />
      {email}
      {phone && (
        <>
          <br />
          {phone}
        </>
      )}
    </address>
  )
}

export function AddressSummary({ lines }: { lines: string[] }) {
  return (
    <address className={styles.address}>
      {lines.map((line) => (
        <span key={line}>
          {line}
          <br />
        </span>
      ))}
    </address>
  )
}
