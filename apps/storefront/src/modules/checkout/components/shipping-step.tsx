import Link from "next/link"

import { formatRupiah } from "@/lib/money"
import {
  everyGroupHasOption,
  facilityCount,
  formatWeight,
  hasHeavyGroup,
  type ShippingGroup,
  type ShippingGroupOption,
  type ShippingGroups,
} from "@/lib/util/shipping-groups"
import {
  ShippingOptionPicker,
  type ShippingOptionView,
} from "@/modules/checkout/components/shipping-option-picker"
import { checkoutText } from "@/modules/checkout/text"

import styles from "./checkout-steps.module.css"

const text = checkoutText.shipping

export function optionPrice(option: Pick<ShippingGroupOption, "amount">): string {
  return option.amount === 0 ? text.free : formatRupiah(option.amount)
}

function optionView(option: ShippingGroupOption): ShippingOptionView {
  const eta = text.eta(option.eta_min_days, option.eta_max_days)
  return {
    id: option.id,
    name: option.name,
    code: option.code,
    price: optionPrice(option),
    detail: [eta, option.description].filter(Boolean).join(" · ") || null,
  }
}

/** The rule in a sentence or three, so a split order is no surprise. */
export function ShippingRule({ shipping }: { shipping: ShippingGroups }) {
  const { groups, free_shipping_threshold } = shipping
  return (
    <div className={styles.rule}>
      <p>{text.rule(facilityCount(groups), groups.length)}</p>
      {hasHeavyGroup(groups) && <p>{text.heavyRule}</p>}
      {free_shipping_threshold > 0 && (
        <p>{text.freeRule(formatRupiah(free_shipping_threshold))}</p>
      )}
    </div>
  )
}

export function ShipmentHeading({
  group,
  position,
  count,
}: {
  group: ShippingGroup
  position: number
  count: number
}) {
  return (
    <div className={styles.shipmentHeading}>
      <h3>{text.groupHeading(position, count)}</h3>
      <p>
        {group.facility && text.from(group.facility.name, group.facility.province)}
        {group.kind === "heavy" && <span className={styles.badge}>{text.heavy}</span>}
      </p>
    </div>
  )
}

export function ShipmentItems({ group }: { group: ShippingGroup }) {
  return (
    <ul className={styles.shipmentItems}>
      {group.items.map((item) => (
        <li key={item.id}>
          {item.quantity} × {item.title}
        </li>
      ))}
    </ul>
  )
}

export function ShippingStep({ shipping }: { shipping: ShippingGroups | null }) {
  if (!shipping) {
    return <p>{text.needsAddress}</p>
  }
  const { groups } = shipping
  return (
    <div className={styles.stepBody}>
      <ShippingRule shipping={shipping} />
      {groups.map((group, index) => (
        <section
          key={group.shipping_profile_id}
          className={styles.shipment}
          data-testid="shipping-group"
        >
          <ShipmentHeading group={group} position={index + 1} count={groups.length} />
          <ShipmentItems group={group} />
          <p className={styles.muted}>{text.weight(formatWeight(group.weight_grams))}</p>
          {group.options.length > 0 ? (
            <ShippingOptionPicker
              // A new choice from the server replaces the picker's own state.
              key={group.selected_option_id ?? "none"}
              label={text.groupHeading(index + 1, groups.length)}
              options={group.options.map(optionView)}
              selectedId={group.selected_option_id}
            />
          ) : (
            <p className={styles.warning}>{text.noOptions}</p>
          )}
        </section>
      ))}
      {everyGroupHasOption(groups) ? (
        <Link href="/checkout?langkah=pembayaran" className={styles.primary}>
          {text.continue}
        </Link>
      ) : (
        <p className={styles.muted}>{text.chooseAll}</p>
      )}
    </div>
  )
}
