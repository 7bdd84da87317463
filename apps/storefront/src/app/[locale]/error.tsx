"use client"

import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import styles from "@/modules/common/components/notice.module.css"

// Never shows the error itself: buyers get a way on, not a stack trace.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.error")
  return (
    <div className={styles.notice} role="alert">
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("body")}</p>
      <div className={styles.actions}>
        <button type="button" onClick={() => retry()}>
          {t("retry")}
        </button>
        <Link href="/">{t("home")}</Link>
      </div>
    </div>
  )
}
