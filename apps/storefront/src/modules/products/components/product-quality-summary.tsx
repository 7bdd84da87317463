import { useFormatter, useTranslations } from "next-intl"

import type { StoreProductWithProvenance } from "@/lib/util/product-catalog"
import {
  isCertificateValid,
  type QualityCertificate,
  sortCertificates,
} from "@/lib/util/product-quality"

import styles from "./product-sections.module.css"

type Quality = NonNullable<StoreProductWithProvenance["product_quality"]>

/** The product against its quality standard: certificates and the last inspection. */
export function ProductQualitySummary({ quality, now }: { quality: Quality; now: Date }) {
  const t = useTranslations("products")
  const format = useFormatter()
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: "long" })
  const certificates = sortCertificates(quality.certificates?.items ?? [])
  const typeLabel = (type: string) =>
    t.has(`certifications.${type}`) ? t(`certifications.${type}`) : type

  function validity(certificate: QualityCertificate): string {
    if (Date.parse(certificate.valid_from) > now.getTime()) {
      return t("quality.notYetValid", { date: date(certificate.valid_from) })
    }
    if (!certificate.valid_until) {
      return t("quality.validIndefinitely")
    }
    return isCertificateValid(certificate, now)
      ? t("quality.validUntil", { date: date(certificate.valid_until) })
      : t("quality.expired", { date: date(certificate.valid_until) })
  }

  return (
    <section aria-labelledby="mutu-produk" className={styles.section}>
      <h2 id="mutu-produk">{t("quality.title")}</h2>
      {quality.standard_name && (
        <p className={quality.standard_met ? styles.met : styles.unmet}>
          <span aria-hidden="true">{quality.standard_met ? "✓ " : "! "}</span>
          {quality.standard_met
            ? t("quality.standardMet", { standard: quality.standard_name })
            : t("quality.standardUnmet", { standard: quality.standard_name })}
        </p>
      )}

      {certificates.length > 0 && (
        <>
          <h3>{t("quality.certificates")}</h3>
          <ul className={styles.certificates}>
            {certificates.map((certificate) => (
              <li key={`${certificate.type}-${certificate.number}`}>
                <strong>{typeLabel(certificate.type)}</strong>
                {certificate.holder_type === "facility" && (
                  <span className={styles.holder}> · {t("quality.heldByFacility")}</span>
                )}
                {certificate.holder_type === "workshop" && (
                  <span className={styles.holder}> · {t("quality.heldByWorkshop")}</span>
                )}
                <br />
                {t("quality.number", { number: certificate.number })}
                <br />
                {t("quality.issuer", { issuer: certificate.issuer })}
                <br />
                <span
                  className={
                    isCertificateValid(certificate, now) ? undefined : styles.unmet
                  }
                >
                  {validity(certificate)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      <p>
        {quality.last_inspection_at ? (
          <>
            {t("quality.lastInspection", { date: date(quality.last_inspection_at) })}
            {typeof quality.last_inspection_passed === "boolean" && (
              <>
                ,{" "}
                <span
                  className={quality.last_inspection_passed ? styles.met : styles.unmet}
                >
                  {quality.last_inspection_passed
                    ? t("quality.inspectionPassed")
                    : t("quality.inspectionFailed")}
                </span>
              </>
            )}
          </>
        ) : (
          t("quality.noInspection")
        )}
      </p>
    </section>
  )
}
