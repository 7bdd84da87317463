import { useTranslations } from "next-intl"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import type { CheckoutStep } from "@/lib/util/checkout-progress"

import styles from "./checkout-steps.module.css"

export type StepStatus = "current" | "done" | "locked"

/** One checkout step: its form while current, its summary once done, a heading until then. */
export function StepSection({
  step,
  position,
  status,
  summary,
  children,
}: {
  step: CheckoutStep
  position: number
  status: StepStatus
  summary?: ReactNode
  children: ReactNode
}) {
  const t = useTranslations("checkout")
  const headingId = `langkah-${step}`
  const label = t(`steps.${step}`)
  return (
    <li
      className={`${styles.step} ${styles[status]}`}
      aria-current={status === "current" ? "step" : undefined}
    >
      <section aria-labelledby={headingId}>
        <div className={styles.stepHeader}>
          <h2 id={headingId}>{t("stepHeading", { position, label })}</h2>
          {status === "done" && (
            <Link href={`/checkout?langkah=${step}`} className={styles.edit}>
              {t("edit")}
              <span className={styles.visuallyHidden}> {label}</span>
            </Link>
          )}
        </div>
        {status === "current" && children}
        {status === "done" && summary}
      </section>
    </li>
  )
}
