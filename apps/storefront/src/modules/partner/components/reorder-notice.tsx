import { getTranslations } from "next-intl/server"

import styles from "./partner.module.css"

/** The cart's word after a reorder put every line of the order into it. */
export async function ReorderNotice() {
  const t = await getTranslations("partner.cartNotice")
  return (
    <p role="status" className={styles.notice}>
      {t("reordered")}
    </p>
  )
}
