import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"

import styles from "./hero.module.css"

export function Hero() {
  const t = useTranslations("home.hero")
  return (
    <section className={styles.hero}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>
      <p className={styles.privacy}>{t("privacy")}</p>
      <div className={styles.actions}>
        <Link href="/produk" className={styles.cta}>
          {t("cta")}
        </Link>
        <a href="#dampak" className={styles.secondary}>
          {t("impactLink")}
        </a>
      </div>
    </section>
  )
}
