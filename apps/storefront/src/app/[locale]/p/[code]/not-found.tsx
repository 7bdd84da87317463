import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import styles from "@/modules/common/components/notice.module.css"
import { BatchCodeForm } from "@/modules/provenance/components/batch-code-form"

export default async function BatchNotFound() {
  const [t, requested] = await Promise.all([
    getTranslations("provenance.notFound"),
    getLocale(),
  ])
  const locale = routing.locales.find((candidate) => candidate === requested)
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>{t("howTo")}</p>
      <div className={styles.actions}>
        <Link href="/produk">{t("catalog")}</Link>
      </div>
      <BatchCodeForm locale={locale ?? routing.defaultLocale} separated />
    </div>
  )
}
