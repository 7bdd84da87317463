import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import styles from "@/modules/common/components/notice.module.css"

export default function OrderNotFound() {
  const t = useTranslations("order.notFound")
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("body")}</p>
      <div className={styles.actions}>
        <Link href="/">{t("backHome")}</Link>
      </div>
    </div>
  )
}
