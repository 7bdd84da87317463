import { useLocale, useTranslations } from "next-intl"

import { formatWeight } from "@/lib/util/product-format"
import { isFoodLabelFact, type LabelFact } from "@/lib/util/product-quality"

import styles from "./product-sections.module.css"

type Props = {
  facts: LabelFact[]
  /** Shipping weight in grams, when the product has one. */
  weight: number | null | undefined
}

/** The label's facts as the quality standard names them, plus the shipping weight. */
export function ProductLabelFacts({ facts, weight }: Props) {
  const t = useTranslations("products.label")
  const locale = useLocale()
  const shippingWeight = typeof weight === "number" ? formatWeight(weight, locale) : null
  if (facts.length === 0 && !shippingWeight) {
    return null
  }
  const food = facts.some(isFoodLabelFact)

  return (
    <section aria-labelledby="label-produk" className={styles.section}>
      <h2 id="label-produk">{food ? t("foodTitle") : t("specTitle")}</h2>
      {facts.length > 0 && (
        <p className={styles.note}>{food ? t("foodNote") : t("specNote")}</p>
      )}
      <dl className={styles.label}>
        {facts.map((fact) => (
          <div key={fact.field}>
            <dt>{t(`fields.${fact.field}`)}</dt>
            {/* Label text is in Indonesian whatever the page language. */}
            <dd lang={locale === "id" ? undefined : "id"}>{fact.value}</dd>
          </div>
        ))}
        {shippingWeight && (
          <div>
            <dt>{t("shippingWeight")}</dt>
            <dd>{shippingWeight}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
