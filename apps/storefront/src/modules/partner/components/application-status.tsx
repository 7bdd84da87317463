import { getFormatter, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { PartnerApplication } from "@/lib/data/partner"

import styles from "./partner.module.css"

/** Where the customer's latest application stands, and what they can do about it. */
export async function ApplicationStatus({
  application,
  offerReapply = true,
}: {
  application: PartnerApplication
  /** Whether to link to the form after a rejection; the form's own page needs no link. */
  offerReapply?: boolean
}) {
  const [t, format] = await Promise.all([
    getTranslations("partner.application"),
    getFormatter(),
  ])
  const sentOn = format.dateTime(new Date(application.created_at), { dateStyle: "long" })
  return (
    <section
      aria-labelledby="pengajuan-mitra"
      className={styles.box}
      data-testid="partner-application-status"
    >
      <h2 id="pengajuan-mitra">{t("heading")}</h2>
      <p className={styles.muted}>{t("sentOn", { date: sentOn })}</p>
      <p>{t(`status.${application.status}`, { business: application.business_name })}</p>
      {application.status === "rejected" && application.rejection_reason && (
        <p>{t("reason", { reason: application.rejection_reason })}</p>
      )}
      {application.status === "rejected" && offerReapply && (
        <p>
          <Link href="/mitra">{t("applyAgain")}</Link>
        </p>
      )}
    </section>
  )
}
