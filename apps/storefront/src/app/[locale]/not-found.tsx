import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import styles from "@/modules/common/components/notice.module.css"

export default async function NotFound() {
  const t = await getTranslations("common.notFound")
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("body")}</p>
      <div className={styles.actions}>
        <Link href="/produk">{t("allProducts")}</Link>
        <Link href="/">{t("home")}</Link>
      </div>
    </div>
  )
}
