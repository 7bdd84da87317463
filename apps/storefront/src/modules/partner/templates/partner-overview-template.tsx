import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { PartnerStatus } from "@/lib/data/partner"
import { addressLines } from "@/lib/util/indonesian-address"
import { ApplicationStatus } from "@/modules/partner/components/application-status"
import styles from "@/modules/partner/components/partner.module.css"
import { formatNpwp } from "@/modules/partner-documents/util/documents"

const LINKS = [
  { key: "prices", href: "/akun/mitra/harga" },
  { key: "quickOrder", href: "/akun/mitra/pesan-cepat" },
  { key: "quotes", href: "/akun/mitra/penawaran" },
  { key: "invoices", href: "/akun/mitra/tagihan" },
] as const

/** The partner area's first page: the shop, or the way to become one. */
export async function PartnerOverviewTemplate({ status }: { status: PartnerStatus }) {
  const t = await getTranslations("partner.overview")
  const { partner_shop: shop, application } = status

  if (!shop) {
    return (
      <>
        {application && <ApplicationStatus application={application} />}
        {application?.status !== "pending" && application?.status !== "approved" && (
          <div className={styles.box}>
            <p>{t("notPartner")}</p>
            <p>
              <Link href="/mitra">{t("applyLink")}</Link>
            </p>
          </div>
        )}
      </>
    )
  }

  const active = shop.status === "active"
  return (
    <>
      {!active && (
        <p className={styles.warning} role="note">
          {t("suspended")}
        </p>
      )}
      <section aria-labelledby="mitra-toko" className={styles.box}>
        <h2 id="mitra-toko">{t("shopHeading")}</h2>
        <dl className={styles.details}>
          <dt>{t("fields.business_name")}</dt>
          <dd>{shop.business_name}</dd>
          <dt>{t("fields.npwp")}</dt>
          <dd className={styles.mono}>{formatNpwp(shop.npwp)}</dd>
          <dt>{t("fields.contact")}</dt>
          <dd>
            {shop.contact_name}
            <br />
            {shop.email}
            <br />
            {shop.phone}
          </dd>
          <dt>{t("fields.address")}</dt>
          <dd>
            <address className={styles.address}>
              {addressLines(shop).map((line, index) => (
                <span key={line}>
                  {index > 0 && <br />}
                  {line}
                </span>
              ))}
            </address>
          </dd>
          <dt>{t("fields.terms")}</dt>
          <dd>{t("terms", { days: shop.payment_terms_days })}</dd>
        </dl>
      </section>
      {active && (
        <section aria-labelledby="mitra-belanja">
          <h2 id="mitra-belanja">{t("linksHeading")}</h2>
          <ul className={styles.links}>
            {LINKS.map((link) => (
              <li key={link.key}>
                <h3>
                  <Link href={link.href}>{t(`links.${link.key}.title`)}</Link>
                </h3>
                <p className={styles.muted}>{t(`links.${link.key}.text`)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
