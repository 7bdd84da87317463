import { useTranslations } from "next-intl"

import type { Locale } from "@/i18n/routing"
import { BatchCodeForm } from "@/modules/provenance/components/batch-code-form"

import styles from "./provenance-template.module.css"

export function ProvenanceLookupTemplate({
  locale,
  typed,
  invalid,
}: {
  locale: Locale
  typed?: string
  invalid: boolean
}) {
  const t = useTranslations("provenance.lookup")
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className={styles.card}>
        <BatchCodeForm locale={locale} defaultValue={typed} invalid={invalid} />
      </div>
    </div>
  )
}
