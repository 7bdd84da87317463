import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Provenance } from "@/lib/data/provenance"
import { productHref } from "@/lib/util/product-list-params"
import { formatJakartaDate } from "@/lib/util/jakarta-time"
import { batchStanding } from "@/lib/util/provenance"
import { Photo } from "@/modules/common/components/photo"
import { BatchStatus } from "@/modules/provenance/components/batch-status"
import { QualitySummary } from "@/modules/provenance/components/quality-summary"

import styles from "./provenance-template.module.css"

const THUMBNAIL_SIZE = 160

export function ProvenanceTemplate({
  provenance,
  locale,
  now,
}: {
  provenance: Provenance
  locale: Locale
  now: Date
}) {
  const t = useTranslations("provenance")
  const { product, variant, workshop, facility } = provenance
  const dates = [
    { key: "produced", value: provenance.produced_at },
    { key: "bestBefore", value: provenance.best_before },
    { key: "expires", value: provenance.expires_at },
  ] as const

  return (
    <article className={styles.page} aria-labelledby="provenance-title">
      <header className={styles.header}>
        {product.thumbnail && (
          // The photo is what a phone paints largest: fetched with the document.
          <Photo
            className={styles.thumbnail}
            src={product.thumbnail}
            alt=""
            width={THUMBNAIL_SIZE}
            height={THUMBNAIL_SIZE}
            preload
          />
        )}
        <div className={styles.heading}>
          <p className={styles.eyebrow}>{t("eyebrow")}</p>
          <h1 id="provenance-title" className={styles.title}>
            {product.title}
          </h1>
          <dl className={styles.batchFacts}>
            {variant.title && (
              <div>
                <dt>{t("variant")}</dt>
                <dd>{variant.title}</dd>
              </div>
            )}
            <div>
              <dt>{t("code")}</dt>
              <dd className={styles.code}>{provenance.code}</dd>
            </div>
          </dl>
        </div>
      </header>

      <BatchStatus
        standing={batchStanding(
          {
            status: provenance.status,
            expires_at: provenance.expires_at,
            sellable: provenance.quality.sellable,
          },
          now,
        )}
        recallNote={provenance.recall_reason}
      />

      <p>
        <Link href={productHref(product.handle)} className={styles.primaryLink}>
          {t("viewProduct")}
        </Link>
      </p>

      <section className={styles.card} aria-labelledby="origin-heading">
        <h2 id="origin-heading">{t("origin.heading")}</h2>
        <dl className={styles.facts}>
          <div>
            <dt>{t("origin.workshop")}</dt>
            <dd>
              <Link href={`/bengkel/${encodeURIComponent(workshop.handle)}`}>
                {workshop.name}
              </Link>
              <span className={styles.detail}>{workshop.craft_type}</span>
              <span className={styles.detail}>
                {t("origin.makers", { count: workshop.maker_count })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t("origin.facility")}</dt>
            <dd>
              <Link href={`/fasilitas/${encodeURIComponent(facility.handle)}`}>
                {facility.name}
              </Link>
              <span className={styles.detail}>
                {t("origin.location", {
                  city: facility.city,
                  province: facility.province,
                })}
              </span>
            </dd>
          </div>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="dates-heading">
        <h2 id="dates-heading">{t("dates.heading")}</h2>
        <dl className={styles.dates}>
          {dates.map(({ key, value }) => {
            const formatted = formatJakartaDate(value, locale)
            return (
              formatted && (
                <div key={key}>
                  <dt>{t(`dates.${key}`)}</dt>
                  <dd>
                    <time dateTime={value ?? undefined}>{formatted}</time>
                  </dd>
                </div>
              )
            )
          })}
        </dl>
      </section>

      <div className={styles.card}>
        <QualitySummary quality={provenance.quality} locale={locale} now={now} />
      </div>

      <section className={styles.impact} aria-labelledby="impact-heading">
        <h2 id="impact-heading">{t("impact.heading")}</h2>
        <p>{t("impact.body", { workshop: workshop.name })}</p>
        <p>
          <Link href={`/fasilitas/${encodeURIComponent(facility.handle)}`}>
            {t("impact.more", { facility: facility.name })}
          </Link>
        </p>
      </section>
    </article>
  )
}
