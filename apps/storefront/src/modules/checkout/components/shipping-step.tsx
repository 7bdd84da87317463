import { useLocale, useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import { formatWeight } from "@/lib/util/product-format"
import {
  everyGroupHasOption,
  facilityCount,
  hasHeavyGroup,
  type ShippingGroup,
  type ShippingGroupOption,
  type ShippingGroups,
} from "@/lib/util/shipping-groups"
import {
  ShippingOptionPicker,
  type ShippingOptionView,
} from "@/modules/checkout/components/shipping-option-picker"

import styles from "./checkout-steps.module.css"

type Option = Pick<ShippingGroupOption, "amount">

/** Prices an option as the buyer reads it: free, or in rupiah. */
export function useOptionPrice(): (option: Option) => string {
  const t = useTranslations("checkout.shipping")
  return (option) => (option.amount === 0 ? t("free") : formatRupiah(option.amount))
}

function useOptionView(): (option: ShippingGroupOption) => ShippingOptionView {
  const t = useTranslations("checkout.shipping.eta")
  const price = useOptionPrice()
  const eta = (min: number | null, max: number | null) => {
    if (max === null) {
      return min === null ? null : t("days", { days: min })
    }
    if (min === null) {
      return t("upTo", { max })
    }
    return min === max ? t("days", { days: min }) : t("range", { min, max })
  }
  return (option) => ({
    id: option.id,
    name: option.name,
    code: option.code,
    price: price(option),
    detail:
      [eta(option.eta_min_days, option.eta_max_days), option.description]
        .filter(Boolean)
        .join(" · ") || null,
  })
}

/** The rule in a sentence or three, so a split order is no surprise. */
export function ShippingRule({ shipping }: { shipping: ShippingGroups }) {
  const t = useTranslations("checkout.shipping")
  const { groups, free_shipping_threshold } = shipping
  return (
    <div className={styles.rule}>
      <p>{t("rule", { facilities: facilityCount(groups), shipments: groups.length })}</p>
      {hasHeavyGroup(groups) && <p>{t("heavyRule")}</p>}
      {free_shipping_threshold > 0 && (
        <p>{t("freeRule", { threshold: formatRupiah(free_shipping_threshold) })}</p>
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
  const t = useTranslations("checkout.shipping")
  const { facility } = group
  return (
    <div className={styles.shipmentHeading}>
      <h3>{t("groupHeading", { position, count })}</h3>
      <p>
        {facility &&
          (facility.province
            ? t("fromProvince", { facility: facility.name, province: facility.province })
            : t("from", { facility: facility.name }))}
        {group.kind === "heavy" && <span className={styles.badge}>{t("heavy")}</span>}
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
  const t = useTranslations("checkout.shipping")
  const locale = useLocale()
  const optionView = useOptionView()
  if (!shipping) {
    return <p>{t("needsAddress")}</p>
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
          <p className={styles.muted}>
            {t("weight", { weight: formatWeight(group.weight_grams, locale) ?? "" })}
          </p>
          {group.options.length > 0 ? (
            <ShippingOptionPicker
              // A new choice from the server replaces the picker's own state.
              key={group.selected_option_id ?? "none"}
              label={t("groupHeading", { position: index + 1, count: groups.length })}
              options={group.options.map(optionView)}
              selectedId={group.selected_option_id}
            />
          ) : (
            <p className={styles.warning}>{t("noOptions")}</p>
          )}
        </section>
      ))}
      {everyGroupHasOption(groups) ? (
        <Link href="/checkout?langkah=pembayaran" className={styles.primary}>
          {t("continue")}
        </Link>
      ) : (
        <p className={styles.muted}>{t("chooseAll")}</p>
      )}
    </div>
  )
}
