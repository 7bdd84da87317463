import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import styles from "@/modules/common/components/notice.module.css"

export default async function ProductNotFound() {
  const t = await getTranslations("products.product")
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <div className={styles.actions}>
        <Link href="/produk">{t("browseAll")}</Link>
      </div>
    </div>
  )
}
