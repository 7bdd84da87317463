import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { WorkshopSummary } from "@/lib/data/catalog"
import type { Loaded } from "@/lib/data/catalog-unavailable-error"

import styles from "./workshop-highlights.module.css"

/**
 * A few workshops, each linking to its own page. Not `<article>`: product cards are the
 * only articles on the home page.
 */
export function WorkshopHighlights({
  workshops,
}: {
  workshops: Loaded<WorkshopSummary[]>
}) {
  const t = useTranslations("home.workshops")

  return (
    <section aria-labelledby="bengkel-kerja">
      <h2 id="bengkel-kerja">{t("title")}</h2>
      <p className={styles.intro}>{t("intro")}</p>
      {!workshops.ok ? (
        <p className={styles.muted}>{t("unavailable")}</p>
      ) : workshops.data.length === 0 ? (
        <p className={styles.muted}>{t("empty")}</p>
      ) : (
        <ul className={styles.list}>
          {workshops.data.map((workshop) => (
            <li key={workshop.handle} className={styles.card}>
              <h3 className={styles.name}>
                <Link
                  href={`/bengkel/${encodeURIComponent(workshop.handle)}`}
                  className={styles.link}
                >
                  {workshop.name}
                </Link>
              </h3>
              <p className={styles.craft}>{workshop.craft_type}</p>
              <p className={styles.muted}>
                {workshop.facility.name} · {workshop.facility.city}
              </p>
              {workshop.maker_count > 0 && (
                <p className={styles.muted}>
                  {t("makers", { count: workshop.maker_count })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
