import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { Facility, Impact } from "@/lib/data/facilities"
import { ImpactFigures } from "@/modules/facilities/components/impact-figures"

import styles from "./facility-pages.module.css"

export function FacilityListTemplate({
  facilities,
  impact,
}: {
  facilities: Facility[]
  impact: Impact | null
}) {
  const t = useTranslations("facilities")
  const figuresOf = new Map(impact?.facilities.map((row) => [row.handle, row]))
  return (
    <div className={styles.page}>
      <header className={styles.intro}>
        <h1>{t("list.title")}</h1>
        <p className={styles.lead}>{t("list.intro")}</p>
      </header>

      {impact && (
        <section aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t("list.totalsHeading")}</h2>
          <ImpactFigures figures={impact} />
        </section>
      )}

      {facilities.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className={styles.facilities}>
          {facilities.map((facility) => {
            const figures = figuresOf.get(facility.handle)
            return (
              <li key={facility.handle} className={styles.facility}>
                <h2 className={styles.facilityName}>
                  <Link href={`/fasilitas/${encodeURIComponent(facility.handle)}`}>
                    {facility.name}
                  </Link>
                </h2>
                <p className={styles.meta}>
                  {t("location", { city: facility.city, province: facility.province })} ·{" "}
                  {t("workshopCount", { count: facility.workshops.length })}
                </p>
                {facility.story && <p>{facility.story}</p>}
                {figures && <ImpactFigures figures={figures} compact />}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
