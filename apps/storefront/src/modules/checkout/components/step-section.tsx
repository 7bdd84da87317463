import Link from "next/link"
import type { ReactNode } from "react"

import type { CheckoutStep } from "@/lib/util/checkout-progress"
import { checkoutText as text } from "@/modules/checkout/text"

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
  const headingId = `langkah-${step}`
  return (
    <li
      className={`${styles.step} ${styles[status]}`}
      aria-current={status === "current" ? "step" : undefined}
    >
      <section aria-labelledby={headingId}>
        <div className={styles.stepHeader}>
          <h2 id={headingId}>{text.stepHeading(position, text.steps[step])}</h2>
          {status === "done" && (
            <Link href={`/checkout?langkah=${step}`} className={styles.edit}>
              {text.edit}
              <span className={styles.visuallyHidden}> {text.steps[step]}</span>
            </Link>
          )}
        </div>
        {status === "current" && children}
        {status === "done" && summary}
      </section>
    </li>
  )
}
