import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { FacilityWorkshop } from "@/lib/data/facilities"

import styles from "./workshop-list.module.css"

export function WorkshopList({ workshops }: { workshops: FacilityWorkshop[] }) {
  const t = useTranslations("facilities")
  return (
    <ul className={styles.list}>
      {workshops.map((workshop) => (
        <li key={workshop.handle} className={styles.item}>
          <h3 className={styles.name}>
            <Link href={`/bengkel/${encodeURIComponent(workshop.handle)}`}>
              {workshop.name}
            </Link>
          </h3>
          <p className={styles.craft}>{workshop.craft_type}</p>
          <p className={styles.counts}>
            {t("makers", { count: workshop.maker_count })} ·{" "}
            {t("trainingHours", { count: workshop.training_hours })}
          </p>
        </li>
      ))}
    </ul>
  )
}
