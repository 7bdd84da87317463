import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { PartnerStatus } from "@/lib/data/partner"
import { LOGIN_PAGE, RETURN_PARAM } from "@/modules/account/util/return-path"
import { ApplicationStatus } from "@/modules/partner/components/application-status"
import { PartnerApplicationForm } from "@/modules/partner/components/partner-application-form"
import { PartnerMessages } from "@/modules/partner/components/partner-messages"
import styles from "@/modules/partner/components/partner.module.css"
import type { ApplicationValues } from "@/modules/partner/util/application-form"

const BENEFITS = ["tiers", "minimum", "quotes", "invoice"] as const
const STEPS = ["form", "review", "start"] as const

type Props = {
  /** The form's starting values: the logged-in customer's contact details, if any. */
  initial: ApplicationValues
  provinces: string[]
  loggedIn: boolean
  status: PartnerStatus
}

/** The public page of the wholesale programme: what it offers and how to apply. */
export async function PartnerApplicationTemplate({
  initial,
  provinces,
  loggedIn,
  status,
}: Props) {
  const t = await getTranslations("partner.apply")
  const { partner_shop: shop, application } = status
  // A shop, or an application still open, would only be refused as a duplicate.
  const canApply = !shop && (!application || application.status === "rejected")

  return (
    <div className={styles.page}>
      <h1>{t("heading")}</h1>
      <p className={styles.lead}>{t("intro")}</p>

      <section aria-labelledby="mitra-keuntungan">
        <h2 id="mitra-keuntungan">{t("benefitsHeading")}</h2>
        <ul className={styles.benefits}>
          {BENEFITS.map((benefit) => (
            <li key={benefit}>
              <h3>{t(`benefits.${benefit}.title`)}</h3>
              <p>{t(`benefits.${benefit}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mitra-cara">
        <h2 id="mitra-cara">{t("stepsHeading")}</h2>
        <ol className={styles.steps}>
          {STEPS.map((step) => (
            <li key={step}>{t(`steps.${step}`)}</li>
          ))}
        </ol>
      </section>

      {shop && (
        <div className={styles.box}>
          <p>{t("alreadyPartner", { business: shop.business_name })}</p>
          <p>
            <Link href="/akun/mitra">{t("openPartnerArea")}</Link>
          </p>
        </div>
      )}
      {!shop && application && (
        <ApplicationStatus application={application} offerReapply={false} />
      )}

      {canApply && (
        <section aria-labelledby="mitra-formulir" className={styles.page}>
          <h2 id="mitra-formulir">{t("formHeading")}</h2>
          {!loggedIn && (
            <p>
              {t.rich("logInHint", {
                link: (chunks) => (
                  <Link
                    href={{ pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: "/mitra" } }}
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          <PartnerMessages sections={["apply"]}>
            <PartnerApplicationForm
              initial={initial}
              provinces={provinces}
              loggedIn={loggedIn}
            />
          </PartnerMessages>
        </section>
      )}
    </div>
  )
}
