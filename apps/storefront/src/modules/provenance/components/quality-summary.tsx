import { useTranslations } from "next-intl"

import type { Locale } from "@/i18n/routing"
import type { Provenance, ProvenanceCertificate } from "@/lib/data/provenance"
import { formatJakartaDate } from "@/lib/util/jakarta-time"
import { certificateValidity } from "@/lib/util/provenance"

import styles from "./quality-summary.module.css"

const KNOWN_CERTIFICATE_TYPES = new Set([
  "halal",
  "pirt",
  "bpom_md",
  "non_halal_declaration",
  "sni",
  "other",
])

export function QualitySummary({
  quality,
  locale,
  now,
}: {
  quality: Provenance["quality"]
  locale: Locale
  now: Date
}) {
  const t = useTranslations("provenance.quality")
  const inspectedOn = formatJakartaDate(quality.last_inspection_at, locale)
  const standardVerdict =
    quality.standard_met === null
      ? t("unknown")
      : quality.standard_met
        ? t("met")
        : t("notMet")

  return (
    <section className={styles.quality} aria-labelledby="quality-heading">
      <h2 id="quality-heading">{t("heading")}</h2>
      <dl className={styles.facts}>
        <div>
          <dt>{t("standard")}</dt>
          <dd>
            {quality.standard_name ? (
              <>
                {quality.standard_name}:{" "}
                <strong data-met={quality.standard_met ?? undefined}>
                  {standardVerdict}
                </strong>
              </>
            ) : (
              t("noStandard")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("lastInspection")}</dt>
          <dd>
            {inspectedOn && quality.last_inspection_passed !== null
              ? t(
                  quality.last_inspection_passed
                    ? "inspectionPassed"
                    : "inspectionFailed",
                  {
                    date: inspectedOn,
                  },
                )
              : t("noInspection")}
          </dd>
        </div>
      </dl>

      <h3 className={styles.subheading}>{t("certificates")}</h3>
      {quality.certificates.length === 0 ? (
        <p>{t("noCertificates")}</p>
      ) : (
        <ul className={styles.certificates}>
          {quality.certificates.map((certificate) => (
            <li key={`${certificate.type}-${certificate.number}`}>
              <Certificate certificate={certificate} locale={locale} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Certificate({
  certificate,
  locale,
  now,
}: {
  certificate: ProvenanceCertificate
  locale: Locale
  now: Date
}) {
  const t = useTranslations("provenance.quality")
  const type = KNOWN_CERTIFICATE_TYPES.has(certificate.type) ? certificate.type : "other"
  const validity = certificateValidity(certificate, now)
  const until = formatJakartaDate(certificate.valid_until, locale)
  return (
    <>
      <p className={styles.certificateType}>{t(`certificateType.${type}`)}</p>
      <dl className={styles.certificateFacts}>
        <div>
          <dt>{t("number")}</dt>
          <dd className={styles.number}>{certificate.number}</dd>
        </div>
        {certificate.issuer && (
          <div>
            <dt>{t("issuer")}</dt>
            <dd>{certificate.issuer}</dd>
          </div>
        )}
      </dl>
      <p className={styles.validity} data-validity={validity}>
        {validity === "open_ended"
          ? t("openEnded")
          : t(validity === "valid" ? "validUntil" : "lapsedOn", { date: until ?? "" })}
      </p>
    </>
  )
}
