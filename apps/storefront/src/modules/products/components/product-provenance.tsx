import { useTranslations } from "next-intl"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import type { StoreProductWithProvenance } from "@/lib/util/product-catalog"

import styles from "./product-sections.module.css"

type Workshop = NonNullable<StoreProductWithProvenance["workshop"]>

/** Which workshop and facility made the product; makers only as an aggregate count. */
export function ProductProvenance({ workshop }: { workshop: Workshop }) {
  const t = useTranslations("products.provenance")
  const facility = workshop.facility
  const workshopLink = (chunks: ReactNode) => (
    <Link href={`/bengkel/${encodeURIComponent(workshop.handle)}`}>{chunks}</Link>
  )

  return (
    <section aria-labelledby="asal-usul-produk" className={styles.section}>
      <h2 id="asal-usul-produk">{t("title")}</h2>
      <p>
        {facility
          ? t.rich("madeAt", {
              workshop: workshop.name,
              facility: facility.name,
              workshopLink,
              facilityLink: (chunks) => (
                <Link href={`/fasilitas/${encodeURIComponent(facility.handle)}`}>
                  {chunks}
                </Link>
              ),
            })
          : t.rich("madeBy", { workshop: workshop.name, workshopLink })}
      </p>
      <ul className={styles.facts}>
        {facility?.city && facility.province && (
          <li>{t("location", { city: facility.city, province: facility.province })}</li>
        )}
        {workshop.craft_type && <li>{t("craft", { craft: workshop.craft_type })}</li>}
        {typeof workshop.maker_count === "number" && workshop.maker_count > 0 && (
          <li>{t("makers", { count: workshop.maker_count })}</li>
        )}
      </ul>
      <p className={styles.note}>{t("privacy")}</p>
    </section>
  )
}
