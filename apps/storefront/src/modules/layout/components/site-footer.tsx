import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"

import styles from "./site-footer.module.css"

export function SiteFooter() {
  const t = useTranslations("layout")
  const tPartner = useTranslations("partner.footer")
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.privacy}>{t("footer.privacy")}</p>
        <p>
          <Link href="/lacak-pesanan" prefetch={false}>
            {t("footer.orderLookup")}
          </Link>
        </p>
        <p>
          <Link href="/mitra" prefetch={false}>
            {tPartner("link")}
          </Link>
        </p>
        <p className={styles.copy}>{t("siteName")}</p>
      </div>
    </footer>
  )
}
